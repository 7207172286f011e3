"""`pimdesk content ...`: what content is installed, check, import and roll back content packs,
manage trusted keys, and make and sign packs."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from pimdesk.cli.output import jsonable, print_json
from pimdesk.cli.parser import add_json_option
from pimdesk.domain.content import TranslationCoverage
from pimdesk.domain.content_packs import ContentDiff, ImportProgress, PackPreview
from pimdesk.domain.errors import InvalidInputError
from pimdesk.services.container import Services

MAX_LISTED_CHANGES = 15
_MARKS = (("+", "added"), ("~", "changed"), ("-", "removed"))


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    content = subparsers.add_parser("content", help="the installed content and content packs")
    commands = content.add_subparsers(dest="content_command", metavar="ACTION", required=True)
    info = commands.add_parser("info", help="which content PIM Desk reads, and where it came from")
    add_json_option(info)
    info.set_defaults(handler=run_info)
    verify = commands.add_parser("verify", help="check a content pack and show what it changes")
    _pack_arguments(verify)
    add_json_option(verify)
    verify.set_defaults(handler=run_verify)
    install = commands.add_parser("import", help="import a newer content pack")
    _pack_arguments(install)
    install.add_argument("--yes", action="store_true", help="import without asking")
    install.set_defaults(handler=run_import)
    rollback = commands.add_parser("rollback", help="return to the content before the last import")
    rollback.add_argument("--yes", action="store_true", help="roll back without asking")
    rollback.set_defaults(handler=run_rollback)
    _register_key_commands(commands)


def _register_key_commands(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    keys = commands.add_parser("keys", help="list the trusted public keys")
    add_json_option(keys)
    keys.set_defaults(handler=run_keys)
    trust = commands.add_parser("trust", help="install a public key (.pem) as a trusted key")
    trust.add_argument("public_key", type=Path, metavar="PUBLIC_KEY")
    trust.set_defaults(handler=run_trust)
    make_pack = commands.add_parser("make-pack", help="make a content pack from content sources")
    make_pack.add_argument("sources", type=Path, metavar="SOURCES", help="a folder of sources")
    make_pack.add_argument("-o", "--output", type=Path, required=True, metavar="PACK")
    make_pack.add_argument("--sign-key", type=Path, metavar="KEY", help="a signing key (.key)")
    make_pack.set_defaults(handler=run_make_pack)
    make_key = commands.add_parser("make-key", help="make a signing key and its public key")
    make_key.add_argument("name", metavar="NAME", help="names the files NAME.key and NAME.pem")
    make_key.add_argument("-o", "--output", type=Path, default=Path(), metavar="FOLDER")
    make_key.set_defaults(handler=run_make_key)


def _pack_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("pack", type=Path, metavar="PACK", help="a content pack (.zip)")
    parser.add_argument(
        "--allow-unsigned",
        action="store_true",
        help="accept a pack that is unsigned or whose signature cannot be verified",
    )


# ---------------------------------------------------------------------------- reading


def run_info(args: argparse.Namespace, services: Services) -> int:
    info = services.content.info()
    if args.json:
        print_json({**jsonable(info), "database": str(info.database)})
        return 0
    print(f"Content {info.version} of {info.date.isoformat()}: {info.title}")
    print(f"  languages: {', '.join(info.languages)}")
    from pimdesk.services.content import describe_origin  # sqlite-utils: only for this command

    print(f"  origin: {describe_origin(info)}")
    print(f"  rollback returns to: {info.previous_version or 'nothing (no earlier content)'}")
    print(f"  database: {info.database}")
    _print_coverage(info.coverage)
    for notice in info.notices:
        print(f"  note: {notice}")
    return 0


def _print_coverage(coverage: tuple[TranslationCoverage, ...]) -> None:
    """Per language, the records translated in full, then per kind."""
    if not coverage:
        return
    print("  translated in full (records; the rest shows in English, marked):")
    for language in coverage:
        print(
            f"    {language.language}: {language.translated} of {language.total} "
            f"({language.percent}%)"
        )
        kinds = ", ".join(f"{k.kind} {k.translated}/{k.total}" for k in language.kinds)
        print(f"      {kinds}")


def run_keys(args: argparse.Namespace, services: Services) -> int:
    keys = services.content.trusted_keys()
    if args.json:
        print_json([{**jsonable(key), "path": str(key.path)} for key in keys])
        return 0
    if not keys:
        print(f"No trusted keys yet; put public keys (.pem) in {services.paths.trusted_keys_dir}.")
    for key in keys:
        state = key.key_id if key.usable else f"UNUSABLE: {key.problem}"
        print(f"{key.name}  {state}  {key.path}")
    return 0


def run_verify(args: argparse.Namespace, services: Services) -> int:
    preview = services.content.preview(args.pack, args.allow_unsigned)
    if args.json:
        print_json(_preview_json(preview))
        return 0
    _print_preview(preview)
    if preview.importable:
        print("The pack is sound and can be imported.")
    else:
        print(f"The pack is sound, but would not be imported: {preview.refusal}.")
    return 0


def _preview_json(preview: PackPreview) -> dict[str, Any]:
    return {
        "pack": str(preview.pack),
        "manifest": jsonable(preview.manifest),
        "signature": jsonable(preview.signature),
        "installed_version": preview.installed_version,
        "importable": preview.importable,
        "refusal": preview.refusal,
        "changes": jsonable(preview.diff),
    }


def _print_preview(preview: PackPreview) -> None:
    manifest = preview.manifest
    print(
        f"Content pack {preview.pack.name}: content {manifest.content_version} of "
        f"{manifest.content_date.isoformat()} ({', '.join(manifest.languages)}), "
        f"{len(manifest.files)} files"
    )
    print(f"  {manifest.title}")
    print(f"  signature: {preview.signature.describe()}")
    print(f"  installed content: {preview.installed_version}")
    _print_diff(preview.diff)


def _print_diff(diff: ContentDiff) -> None:
    added, changed, removed = diff.totals()
    if diff.is_empty:
        print("  changes: none to the records")
        return
    print(f"  changes: {added} added, {changed} changed, {removed} removed")
    for kind in diff.kinds:
        print(f"  {kind.kind}:")
        listed = [(mark, change) for mark, name in _MARKS for change in getattr(kind, name)]
        for mark, change in listed[:MAX_LISTED_CHANGES]:
            language = f" [{change.language}]" if change.language != "en" else ""
            fields = f" ({', '.join(change.fields)})" if change.fields else ""
            print(f"    {mark} {change.id}{language}  {change.label}{fields}")
        if len(listed) > MAX_LISTED_CHANGES:
            print(f"    ... and {len(listed) - MAX_LISTED_CHANGES} more (--json lists all)")
    if removed:
        print(
            "  Saved selections that refer to removed items keep them; PIM Desk flags them "
            "as not in the content."
        )


# ---------------------------------------------------------------------------- changing


def run_import(args: argparse.Namespace, services: Services) -> int:
    preview = services.content.preview(args.pack, args.allow_unsigned)
    _print_preview(preview)
    if not preview.importable:
        raise InvalidInputError(f"The content pack {args.pack.name} is refused: {preview.refusal}.")
    _confirm(args.yes, "Import this content?")
    switch = services.content.import_pack(args.pack, args.allow_unsigned, _show_progress)
    services.reload_content()
    print(
        f"Imported content {switch.to_version} (was {switch.from_version}); "
        "`pimdesk content rollback` returns to the previous content."
    )
    return 0


def run_rollback(args: argparse.Namespace, services: Services) -> int:
    info = services.content.info()
    if info.previous_version is not None:
        print(f"Content now: {info.version}; a rollback returns to {info.previous_version}.")
    _confirm(args.yes, "Roll back?")
    switch = services.content.rollback()
    services.reload_content()
    print(f"Rolled back from content {switch.from_version} to {switch.to_version}.")
    return 0


def _confirm(yes: bool, question: str) -> None:
    if yes:
        return
    if not sys.stdin.isatty():
        raise InvalidInputError("Nothing was changed: add --yes to go ahead without being asked.")
    answer = input(f"{question} [y/N] ").strip().casefold()
    if answer not in ("y", "yes"):
        raise InvalidInputError("Nothing was changed.")


def _show_progress(progress: ImportProgress) -> None:
    print(f"[{progress.step}/{progress.steps}] {progress.message}", file=sys.stderr)


# ---------------------------------------------------------------------------- keys and packs


def run_trust(args: argparse.Namespace, services: Services) -> int:
    key = services.content.trust_key(args.public_key)
    print(f"Packs signed with {key.name} ({key.key_id}) are now trusted: {key.path}")
    return 0


def run_make_pack(args: argparse.Namespace, services: Services) -> int:
    manifest = services.content.make_pack(args.sources, args.output, args.sign_key)
    signed = f"signed with {args.sign_key.name}" if args.sign_key else "NOT signed"
    print(
        f"Made {args.output}: content {manifest.content_version} of "
        f"{manifest.content_date.isoformat()}, {len(manifest.files)} files, {signed}."
    )
    return 0


def run_make_key(args: argparse.Namespace, services: Services) -> int:
    key = services.content.create_signing_key(args.output, args.name)
    print(f"Made the signing key {key.signing_key} (keep it private, off field laptops)")
    print(f"and its public key {key.public_key} (key ID {key.key_id}) to install as trusted.")
    return 0
