"""A fixed selection and fixed export options: what the reference PDFs and checks are built of."""

from __future__ import annotations

import datetime
from pathlib import Path

from pimdesk.domain.briefing_input import Paper
from pimdesk.domain.selection import (
    CategoryChoice,
    DataNeed,
    Decision,
    NeedSource,
    Selection,
    SystemStatus,
    TeamPriority,
)
from pimdesk.paths import AppPaths
from pimdesk.services.container import Services
from pimdesk.services.exports import ExportOptions

EXPORT_DATE = datetime.date(2026, 12, 1)
CATEGORY_IDS = (
    "protection_needs_assessment", "protection_monitoring", "case_management", "population_data",
    "protection_response_me", "communicating_with_in_affected_communities",
    "security_situational_awareness", "sectoral_system_other",
)  # fmt: skip

# French and Spanish on purpose: accents, « », ñ must print and read back exactly.
CONTEXT_NOTES = (
    "Contexte : déplacements répétés vers l'est ; l'équipe révise la sélection « chaque "
    "semaine ».\nSegunda línea: coordinación con el equipo de España, año 2026."
)
CATEGORY_NOTES = {
    "protection_monitoring": "Suivi mensuel à Bunia — « priorité » aux sites isolés.",
    "case_management": "Referencias: niñas y niños no acompañados; revisar el protocolo & <SOP>.",
    "population_data": "Chiffres de l'OIM, mise à jour trimestrielle.",
    "security_situational_awareness": "Routes fermées après la saison des pluies.",
}
PRIORITIES = {
    "security_situational_awareness": TeamPriority.HIGH,
    "protection_monitoring": TeamPriority.HIGH,
    "population_data": TeamPriority.MEDIUM,
    "case_management": TeamPriority.MEDIUM,
    "protection_response_me": TeamPriority.LOW,
}
NEEDS = (
    DataNeed(NeedSource.QUESTION, "What are the causes of flight?", "q_causes_of_flight"),
    DataNeed(NeedSource.CUSTOM, "Dónde están las familias desplazadas este mes"),
)
SHEET_CATEGORY = "security_situational_awareness"
# A quicker briefing for the tests that build many variants.
SMALL_CATEGORIES = ("case_management", "sectoral_system_other")
SMALL_ID = "0b1e2a7c0d9e8f715a3c0e0e6b6b4d4f"


def sample_selection(
    categories: tuple[str, ...] = CATEGORY_IDS,
    selection_id: str = "5a3c0e0e6b6b4d4f9b1e2a7c0d9e8f71",
    name: str = "Ituri — réponse de protection 2026",
) -> Selection:
    """A protracted emergency with the given categories accepted, notes in French and Spanish."""
    moment = datetime.datetime(2026, 11, 20, 9, 30, tzinfo=datetime.timezone.utc)
    return Selection(
        id=selection_id,
        name=name,
        scenario="protracted_emergency",
        place="Bunia, Ituri (République démocratique du Congo)",
        date=datetime.date(2026, 11, 20),
        organisation="Protection Cluster « Ituri »",
        systems=(
            ("population_data", SystemStatus.OPERATING),
            ("case_management", SystemStatus.PLANNED),
            ("protection_monitoring", SystemStatus.NOT_OPERATING),
        ),
        needs=NEEDS,
        choices=tuple(
            CategoryChoice(
                category,
                Decision.ACCEPTED,
                PRIORITIES.get(category),
                CATEGORY_NOTES.get(category, ""),
            )
            for category in categories
        ),
        notes=CONTEXT_NOTES,
        created=moment,
        modified=moment,
    )


def small_selection() -> Selection:
    return sample_selection(SMALL_CATEGORIES, SMALL_ID, "Two categories")


MEETING_ID = "7c0d9e8f715a3c0e0e6b6b4d4f0b1e2a"
MEETING_ACCEPTED = ("protection_monitoring", "population_data", "case_management")
MEETING_REJECTED = "sectoral_system_other"
MEETING_REJECTED_REASON = "Covered by the cluster's own tools."


def meeting_selection() -> Selection:
    """A context mid-way through its decisions, as a coordination meeting finds it: three
    categories accepted, one rejected with its reason, the others not decided yet."""
    accepted = sample_selection(MEETING_ACCEPTED, MEETING_ID, "Kasai floods")
    rejected = CategoryChoice(MEETING_REJECTED, Decision.REJECTED, None, MEETING_REJECTED_REASON)
    return accepted.with_choice(rejected)


def sample_services(data_dir: Path, reference_database: Path) -> Services:
    """Services on `reference_database` with the sample selections saved in `data_dir`."""
    services = Services(AppPaths(data_dir, reference_database))
    services.selections.save(sample_selection())
    services.selections.save(small_selection())
    services.selections.save(meeting_selection())
    return services


def options(paper: Paper = Paper.A4, **changes: object) -> ExportOptions:
    """Reproducible export options: fixed date, `invariant` on."""
    settings: dict[str, object] = {"paper": paper, "export_date": EXPORT_DATE, "invariant": True}
    settings.update(changes)
    return ExportOptions(**settings)  # type: ignore[arg-type]
