"""`pimdesk db check|backup|restore`: check and safeguard the user's data."""

from __future__ import annotations

import argparse

from pimdesk.cli.output import print_json
from pimdesk.cli.parser import add_json_option
from pimdesk.services.container import Services


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    database = subparsers.add_parser("db", help="check, back up and restore your data")
    commands = database.add_subparsers(dest="db_command", metavar="ACTION", required=True)
    check = commands.add_parser("check", help="check the user database and list its backups")
    add_json_option(check)
    check.set_defaults(handler=run_check)
    backup = commands.add_parser("backup", help="take a backup now (or --list the backups)")
    backup.add_argument("--list", action="store_true", help="list the backups, newest first")
    backup.set_defaults(handler=run_backup)
    restore = commands.add_parser("restore", help="restore a backup (the newest by default)")
    restore.add_argument("backup", nargs="?", help="a backup's file name (see `db backup --list`)")
    restore.set_defaults(handler=run_restore)


def run_check(args: argparse.Namespace, services: Services) -> int:
    result = services.data_safety.check()
    if args.json:
        print_json(
            {
                "path": str(result.path),
                "healthy": result.healthy,
                "problems": result.problems,
                "repaired": result.repaired,
                "read_only": result.read_only,
                "unreadable": result.unreadable,
                "selections": result.selections,
                "backups": [
                    {"file": b.path.name, "taken": b.taken, "reason": b.reason}
                    for b in result.backups
                ],
            }
        )
    else:
        print(result.summary())
    return 0 if result.healthy else 1


def run_backup(args: argparse.Namespace, services: Services) -> int:
    if args.list:
        for listed in services.data_safety.listed_backups():
            backup = listed.backup
            flag = f"  {listed.flag}" if listed.flag else ""
            print(f"{backup.path.name}  {backup.label}{flag}")
        return 0
    backup = services.data_safety.backup()
    for repaired in services.data_safety.repairs:
        print(repaired)
    print(f"Backed up your data to {backup.path}.")
    return 0


def run_restore(args: argparse.Namespace, services: Services) -> int:
    chosen, moved = services.data_safety.restore(args.backup)
    aside = f"; the previous file was kept as {moved.name}" if moved else ""
    print(f"Restored your data from the backup of {chosen.label}{aside}.")
    return 0
