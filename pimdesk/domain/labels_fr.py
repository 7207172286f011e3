"""The fixed words of the PDF documents in French."""

from __future__ import annotations

from pimdesk.domain.document_labels import DocumentLabels
from pimdesk.domain.provenance import ProvenanceWords
from pimdesk.domain.tier_words import TierWords

FRENCH_LABELS = DocumentLabels(
    language="fr",
    provenance=ProvenanceWords(
        language="fr",
        source_mark="{section}",
        source_label="Source : {section}",
        note_mark="Note de PIM Desk sur {section}",
        note_alone="Note de PIM Desk",
        editorial_mark="Illustration de PIM Desk",
        editorial_label="Illustration de PIM Desk — ne vient pas de la source",
        editorial_related=(
            "Illustration de PIM Desk — ne vient pas de la source ; passage lié : {section}"
        ),
        group="chacun : {mark}",
    ),
    tiers=TierWords(
        language="fr",
        start_here="Commencer ici",
        add_when="Ajouter quand …",
        not_needed_now="Pas nécessaire pour l’instant",
        add_when_condition="à ajouter quand : {condition}",
        scenario_top=(
            "Parmi les {count} catégories sur lesquelles le scénario "
            "«\u00a0{scenario}\u00a0» s’appuie le plus."
        ),
        scenario_less=(
            "Le scénario «\u00a0{scenario}\u00a0» cite des données que produit cette catégorie, "
            "moins que pour les premières."
        ),
        scenario_some=(
            "Le scénario «\u00a0{scenario}\u00a0» cite des données que produit cette catégorie."
        ),
        scenario_little=(
            "Le scénario «\u00a0{scenario}\u00a0» cite peu de données que produit cette catégorie."
        ),
        scenario_none=(
            "Le scénario «\u00a0{scenario}\u00a0» ne cite aucune donnée que produit "
            "cette catégorie."
        ),
        comes_first="Vient avant les autres : {explanation}",
        team_need="Répond à votre besoin : {need}",
        works_with="Fonctionne avec {name} : {explanation}",
        system_operating=(
            "Un système de cette catégorie fonctionne déjà ici : utilisez ses données."
        ),
        system_operating_named=(
            "Un système de cette catégorie fonctionne déjà ici ({names}) : utilisez ses données."
        ),
        system_planned="Un système de cette catégorie est prévu ici.",
        system_planned_named="Un système de cette catégorie est prévu ici ({names}).",
        access_limited=(
            "Vous avez indiqué que l’accès est limité : ce travail demande une présence régulière "
            "là où se trouvent les personnes."
        ),
        personal_data_unprotected=(
            "Elle contient des données personnelles, et vous avez indiqué qu’elles ne peuvent pas "
            "encore être protégées ici : leur échange dépend du consentement et de procédures "
            "convenues."
        ),
        capacity_limited=(
            "Vous avez indiqué que la capacité est limitée : commencez avec moins de catégories."
        ),
        conditions=(
            (
                "protection_needs_assessment",
                (
                    "une image des besoins de protection à un moment donné est nécessaire pour "
                    "planifier la réponse"
                ),
            ),
            (
                "protection_monitoring",
                "l’accès permet des visites régulières, pour suivre l’évolution des violations",
            ),
            (
                "case_management",
                (
                    "un circuit de référencement existe et les données personnelles peuvent être "
                    "protégées"
                ),
            ),
            (
                "population_data",
                (
                    "les estimations ne suffisent plus et des chiffres par âge, sexe et lieu sont "
                    "nécessaires"
                ),
            ),
            (
                "protection_response_me",
                "une réponse de protection est en cours et ses résultats doivent être suivis",
            ),
            (
                "communicating_with_in_affected_communities",
                (
                    "les personnes ont besoin d’informations de la part des intervenants, ou d’un "
                    "moyen de les joindre"
                ),
            ),
            ("security_situational_awareness", "la situation sécuritaire ou l’accès change"),
            (
                "sectoral_system_other",
                "les données d’autres secteurs peuvent répondre à une question de protection",
            ),
        ),
        condition_default="vos besoins en données l’exigent",
        condition_works_with="{name} fonctionne et ses données l’exigent",
        condition_planned="le système prévu n’arrive pas à temps",
        condition_access="l’accès s’améliore",
        condition_personal_data="les données personnelles peuvent être protégées",
        condition_capacity="la capacité augmente",
    ),
    page_of="Page {page} sur {pages}",
    content_version="Contenu {version} du {date}",
    exported="Exporté le {date}",
    public="PUBLIC",
    restricted="DIFFUSION RESTREINTE",
    confidential="CONFIDENTIEL",
    strictly_confidential="STRICTEMENT CONFIDENTIEL",
    sensitivity_notice=(
        "Ce document est classé {level}. Ne le partagez et ne le conservez que comme ce niveau "
        "le permet."
    ),
    translation_notice=(
        "Traduit par PIM Desk ; ce n’est pas une traduction officielle de la source."
    ),
    briefing="Note d’information sur le contexte",
    category_sheet="Fiche de catégorie",
    glossary="Glossaire de PIM Desk",
    place="Lieu",
    date="Date",
    scenario="Scénario",
    organisation="Organisation",
    sensitivity="Sensibilité",
    not_given="non indiqué",
    contents="Sommaire",
    summary="La sélection en un coup d’œil",
    context_notes="Notes de l’équipe sur le contexte",
    team_needs="Données dont l’équipe a besoin",
    category="Catégorie",
    priority="Priorité",
    why_chosen="Pourquoi elle a été choisie",
    priority_not_set="Non définie",
    system_here="Système sur place",
    categories="Les catégories choisies",
    definition="Définition",
    purpose="Objectif",
    explanation="Explication",
    status="Statut",
    unagreed_definition=("Définition non adoptée : lisez-la comme une description de travail."),
    matrix_row="Ligne de la matrice",
    matrix_says="Dans la matrice PIM, avec les exemples et notes de PIM Desk",
    example="exemple",
    examples="exemples",
    conditions="Conditions",
    conditions_on_every_item="Conditions valant pour chaque élément ci-dessus",
    conditions_for_sharing="Conditions du partage des données",
    must_have="Indispensable pour ce scénario",
    nice_to_have="Souhaitable pour ce scénario",
    none_listed="Le scénario n’en mentionne aucun pour cette catégorie.",
    team_notes="Notes de l’équipe",
    related_categories="Fonctionne avec d’autres catégories",
    merged_into_this="Intégrée à cette catégorie",
    essential_data="Données essentielles par scénario",
    must_have_short="Indispensable",
    nice_to_have_short="Souhaitable",
    key_terms="Termes clés",
    checklist="Liste de contrôle du partage des données",
    checklist_intro=(
        "Passez en revue les principes PIM et les difficultés qui concernent les catégories "
        "choisies avant de partager la moindre donnée ou information."
    ),
    principles="Les principes PIM",
    challenges="Difficultés et mesures d’atténuation",
    later_name="Plus tard : {name}",
    terms_used="Glossaire des termes employés",
    see_also="Voir aussi",
    also_called="Aussi",
    sources="Sources et contenu",
    content_set="Ensemble de contenu",
    version="Version",
    content_hash="Empreinte du contenu",
    documents_cited="Documents cités",
    illustrative_note=(
        "Chaque texte indique d’où il vient. Une section (PIM WM2 2015 §7.1) marque le contenu "
        "du document source dans les mots de PIM Desk ; « Note de PIM Desk sur » une section "
        "marque l’explication de PIM Desk autour d’un passage qui ne fait que mentionner le "
        "sujet ; « Illustration de PIM Desk » marque les exemples et la pratique courante "
        "ajoutés par PIM Desk, qui ne viennent pas de la source. Les textes qui ne sont pas "
        "encore traduits sont imprimés en anglais."
    ),
    personal_data_note=(
        "PIM Desk ne conserve aucune donnée personnelle des personnes affectées. Les notes de ce "
        "document sont les propres mots de l’équipe."
    ),
    glossary_intro=(
        "Glossaire de PIM Desk : {count} termes, de A à Z, chaque définition marquée de sa "
        "provenance. La terminologie PIM commune approuvée (§5 de la source) est un document "
        "distinct que PIM Desk ne contient pas."
    ),
    status_endorsed="Adoptée et approuvée",
    status_endorsed_further_work="Adoptée, travail complémentaire nécessaire",
    status_objective_agreed="Objectif adopté, définition non adoptée",
    status_definition_not_agreed="Définition non adoptée, titre et champ en cours d’examen",
    status_spirit_endorsed="Esprit approuvé, non comptée comme adoptée",
    priority_high="Haute",
    priority_medium="Moyenne",
    priority_low="Basse",
    system_operating="En place",
    system_planned="Prévu",
    system_not_operating="Absent",
    system_unknown="Inconnu",
    reason_chosen_by_team="Choisie par l’équipe.",
    reason_comes_first=("Vient en premier : son analyse contextuelle des risques précède {names}."),
    reason_comes_first_many=(
        "Vient en premier : les {count} autres catégories proposées s’appuient sur elle."
    ),
    reason_team_need="Répond au besoin de l’équipe : {needs}",
    reason_team_needs="Répond aux besoins de l’équipe : {needs}",
    reason_works_with="Fonctionne avec {names}.",
    reason_must_have_one="Produit 1 élément indispensable pour le scénario « {scenario} ».",
    reason_must_have_many=(
        "Produit {count} éléments indispensables pour le scénario « {scenario} »."
    ),
    reason_nice_to_have_one="Produit 1 élément souhaitable pour le scénario « {scenario} ».",
    reason_nice_to_have_many=(
        "Produit {count} éléments souhaitables pour le scénario « {scenario} »."
    ),
    reason_must_and_nice=(
        "Produit {must} élément(s) indispensable(s) et {nice} élément(s) souhaitable(s) pour le "
        "scénario « {scenario} »."
    ),
    reason_gap_not_operating=(
        "Nécessaire, mais aucun système de cette catégorie ne fonctionne ici : une lacune à "
        "combler."
    ),
    reason_gap_unknown=(
        "Nécessaire, mais on ne sait pas si un système de cette catégorie existe ici : une "
        "lacune à combler."
    ),
    reason_operating=(
        "Un système de cette catégorie fonctionne déjà ici : appuyez-vous sur lui et partagez "
        "ses données."
    ),
    reason_planned=(
        "Un système de cette catégorie est prévu ici : vérifiez qu’il arrivera à temps."
    ),
    list_separator=", ",
    list_last_separator=" et ",
    file_briefing="Note PIM",
    file_category_sheet="Fiche de catégorie PIM",
    file_glossary="Glossaire PIM",
    situation_as_of="Situation au",
    decisions_to_make="Décisions à prendre",
    decide_open="Décider des {count} catégories encore ouvertes : {names}.",
    decide_open_one="Décider de la catégorie encore ouverte : {names}.",
    decide_uncovered=(
        "Trouver qui produit les {count} éléments indispensables qu’aucune catégorie acceptée "
        "ne couvre."
    ),
    decide_uncovered_one=(
        "Trouver qui produit l’élément indispensable qu’aucune catégorie acceptée ne couvre."
    ),
    decide_systems="Trouver ou prévoir un système pour : {names}.",
    nothing_to_decide=(
        "Toutes les catégories sont décidées et chaque élément indispensable est couvert."
    ),
    by_decision="Les catégories par décision",
    accepted="Acceptées",
    to_decide="À décider",
    rejected="Écartées",
    ranked_first="classée en premier",
    not_suggested="Non suggérée pour ce contexte.",
    no_reason_given="Aucune raison donnée.",
    none_at_all="Aucune.",
    gaps="Lacunes",
    gaps_no_system="Acceptées, mais aucun système connu sur place",
    gaps_uncovered="Données indispensables qu’aucune catégorie acceptée ne produit",
    coverage="Les données du scénario et la sélection",
    data_item="Données dont le scénario a besoin",
    covered_by="Produites par une catégorie acceptée",
    not_covered="Non couvertes ; produites par {names}",
    collect_and_share="Quoi collecter et partager",
    sharing_checklist_intro=(
        "Posez ces questions avant tout partage (note 7), puis vérifiez les conditions "
        "attachées aux données partagées des catégories acceptées."
    ),
    sharing_conditions="Conditions attachées aux données partagées des catégories acceptées",
    fallback_notice="Les passages qui ne sont pas encore traduits sont imprimés en anglais.",
    label_separator=" : ",
    public_notice="Ce document est PUBLIC : il peut être partagé librement.",
    handling_public="Peut être partagé librement.",
    handling_restricted=(
        "À partager uniquement avec les partenaires qui en ont besoin pour la réponse. Ne pas "
        "publier."
    ),
    handling_confidential=(
        "Destinataires nommés uniquement. Ne pas copier ni transférer. Conserver sous clé."
    ),
    handling_strictly_confidential=(
        "Destinataires nommés uniquement. Aucune copie. Rendre ou détruire de façon sûre après "
        "usage."
    ),
    matrix_poster="La matrice PIM en un coup d’œil",
    matrix_accepted_in="En surbrillance : les catégories acceptées dans {name}",
    matrix_shortened=(
        "Chaque case montre ses premiers éléments, abrégés ; les fiches de catégorie les "
        "donnent tous."
    ),
    matrix_full=(
        "Chaque case montre ses premiers éléments ; les fiches de catégorie les donnent tous."
    ),
    file_matrix="Matrice PIM",
    item_separator=" ; ",
)
