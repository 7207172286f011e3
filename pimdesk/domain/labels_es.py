"""The fixed words of the PDF documents in Spanish."""

from __future__ import annotations

from pimdesk.domain.document_labels import DocumentLabels
from pimdesk.domain.provenance import ProvenanceWords
from pimdesk.domain.tier_words import TierWords

SPANISH_LABELS = DocumentLabels(
    language="es",
    provenance=ProvenanceWords(
        language="es",
        source_mark="{section}",
        source_label="Fuente: {section}",
        note_mark="Nota de PIM Desk sobre {section}",
        note_alone="Nota de PIM Desk",
        editorial_mark="Ilustración de PIM Desk",
        editorial_label="Ilustración de PIM Desk — no procede de la fuente",
        editorial_related=(
            "Ilustración de PIM Desk — no procede de la fuente; pasaje relacionado: {section}"
        ),
        group="cada uno: {mark}",
    ),
    tiers=TierWords(
        language="es",
        start_here="Empezar aquí",
        add_when="Añadir cuando …",
        not_needed_now="No necesaria por ahora",
        add_when_condition="añadir cuando: {condition}",
        scenario_top=(
            "Entre las {count} categorías en las que más se apoya el escenario «{scenario}»."
        ),
        scenario_less=(
            "El escenario «{scenario}» cita datos que produce esta categoría, menos que para las "
            "primeras."
        ),
        scenario_some="El escenario «{scenario}» cita datos que produce esta categoría.",
        scenario_little="El escenario «{scenario}» cita pocos datos que produzca esta categoría.",
        scenario_none="El escenario «{scenario}» no cita ningún dato que produzca esta categoría.",
        comes_first="Va antes que las demás: {explanation}",
        team_need="Responde a su necesidad: {need}",
        works_with="Funciona con {name}: {explanation}",
        system_operating="Un sistema de esta categoría ya funciona aquí: use sus datos.",
        system_operating_named=(
            "Un sistema de esta categoría ya funciona aquí ({names}): use sus datos."
        ),
        system_planned="Hay un sistema de esta categoría previsto aquí.",
        system_planned_named="Hay un sistema de esta categoría previsto aquí ({names}).",
        access_limited=(
            "Indicó que el acceso es limitado: este trabajo requiere una presencia regular donde "
            "están las personas."
        ),
        personal_data_unprotected=(
            "Contiene datos personales, e indicó que aún no pueden protegerse aquí: su intercambio "
            "depende del consentimiento y de procedimientos acordados."
        ),
        capacity_limited="Indicó que la capacidad es limitada: empiece con menos categorías.",
        conditions=(
            (
                "protection_needs_assessment",
                (
                    "se necesita una imagen de las necesidades de protección en un momento dado "
                    "para planificar la respuesta"
                ),
            ),
            (
                "protection_monitoring",
                (
                    "el acceso permite visitas regulares, para seguir las tendencias de las "
                    "violaciones"
                ),
            ),
            (
                "case_management",
                "existe una ruta de remisión y los datos personales pueden protegerse",
            ),
            (
                "population_data",
                "las estimaciones ya no bastan y se necesitan cifras por edad, sexo y ubicación",
            ),
            (
                "protection_response_me",
                "hay una respuesta de protección en curso cuyos resultados deben seguirse",
            ),
            (
                "communicating_with_in_affected_communities",
                (
                    "las personas necesitan información de quienes responden, o un canal para "
                    "llegar a ellos"
                ),
            ),
            ("security_situational_awareness", "cambia la situación de seguridad o el acceso"),
            (
                "sectoral_system_other",
                "los datos de otros sectores pueden responder a una pregunta de protección",
            ),
        ),
        condition_default="sus necesidades de datos lo requieren",
        condition_works_with="{name} está en marcha y sus datos lo requieren",
        condition_planned="el sistema previsto no llega a tiempo",
        condition_access="mejora el acceso",
        condition_personal_data="los datos personales pueden protegerse",
        condition_capacity="aumenta la capacidad",
    ),
    page_of="Página {page} de {pages}",
    content_version="Contenido {version} del {date}",
    exported="Exportado el {date}",
    public="PÚBLICO",
    restricted="RESTRINGIDO",
    confidential="CONFIDENCIAL",
    strictly_confidential="ESTRICTAMENTE CONFIDENCIAL",
    sensitivity_notice=(
        "Este documento está clasificado como {level}. Compártalo y guárdelo solo como lo "
        "permite ese nivel."
    ),
    translation_notice="Traducido por PIM Desk; no es una traducción oficial de la fuente.",
    briefing="Nota informativa sobre el contexto",
    category_sheet="Ficha de categoría",
    glossary="Glosario de PIM Desk",
    place="Lugar",
    date="Fecha",
    scenario="Escenario",
    organisation="Organización",
    sensitivity="Sensibilidad",
    not_given="no indicado",
    contents="Índice",
    summary="La selección de un vistazo",
    context_notes="Notas del equipo sobre el contexto",
    team_needs="Datos que necesita el equipo",
    category="Categoría",
    priority="Prioridad",
    why_chosen="Por qué se eligió",
    priority_not_set="Sin definir",
    system_here="Sistema en el lugar",
    categories="Las categorías elegidas",
    definition="Definición",
    purpose="Propósito",
    explanation="Explicación",
    status="Estado",
    unagreed_definition="Definición no acordada: léala como una descripción de trabajo.",
    matrix_row="Fila de la matriz",
    matrix_says="En la matriz PIM, con los ejemplos y notas de PIM Desk",
    example="ejemplo",
    examples="ejemplos",
    conditions="Condiciones",
    conditions_on_every_item="Condiciones para cada elemento anterior",
    conditions_for_sharing="Condiciones para compartir los datos",
    must_have="Imprescindible para este escenario",
    nice_to_have="Deseable para este escenario",
    none_listed="El escenario no menciona ninguno para esta categoría.",
    team_notes="Notas del equipo",
    related_categories="Funciona con otras categorías",
    merged_into_this="Integrada en esta categoría",
    essential_data="Datos esenciales por escenario",
    must_have_short="Imprescindible",
    nice_to_have_short="Deseable",
    key_terms="Términos clave",
    checklist="Lista de verificación para compartir datos",
    checklist_intro=(
        "Repase los principios PIM y los desafíos que afectan a las categorías elegidas antes "
        "de compartir cualquier dato o información."
    ),
    principles="Los principios PIM",
    challenges="Desafíos y medidas de mitigación",
    later_name="Más tarde: {name}",
    terms_used="Glosario de los términos utilizados",
    see_also="Véase también",
    also_called="También",
    sources="Fuentes y contenido",
    content_set="Conjunto de contenido",
    version="Versión",
    content_hash="Huella del contenido",
    documents_cited="Documentos citados",
    illustrative_note=(
        "Cada texto indica de dónde procede. Una sección (PIM WM2 2015 §7.1) marca el "
        "contenido del documento fuente con las palabras de PIM Desk; «Nota de PIM Desk sobre» "
        "una sección marca la explicación de PIM Desk en torno a un pasaje que solo menciona el "
        "tema; «Ilustración de PIM Desk» marca los ejemplos y la práctica habitual que añade "
        "PIM Desk, que no proceden de la fuente. Los textos que aún no están traducidos se "
        "imprimen en inglés."
    ),
    personal_data_note=(
        "PIM Desk no guarda datos personales de las personas afectadas. Las notas de este "
        "documento son las palabras del propio equipo."
    ),
    glossary_intro=(
        "Glosario de PIM Desk: {count} términos, de la A a la Z, cada definición marcada con "
        "su procedencia. La terminología PIM común aprobada (§5 de la fuente) es un documento "
        "aparte que PIM Desk no contiene."
    ),
    status_endorsed="Acordada y aprobada",
    status_endorsed_further_work="Acordada, se necesita más trabajo",
    status_objective_agreed="Objetivo acordado, definición no acordada",
    status_definition_not_agreed="Definición no acordada, título y alcance en revisión",
    status_spirit_endorsed="Espíritu aprobado, no contada como acordada",
    priority_high="Alta",
    priority_medium="Media",
    priority_low="Baja",
    system_operating="En funcionamiento",
    system_planned="Previsto",
    system_not_operating="No existe",
    system_unknown="Desconocido",
    reason_chosen_by_team="Elegida por el equipo.",
    reason_comes_first="Va primero: su análisis contextual de riesgos precede a {names}.",
    reason_comes_first_many=(
        "Va primero: las otras {count} categorías propuestas se apoyan en ella."
    ),
    reason_team_need="Responde a la necesidad del equipo: {needs}",
    reason_team_needs="Responde a las necesidades del equipo: {needs}",
    reason_works_with="Funciona con {names}.",
    reason_must_have_one="Produce 1 elemento imprescindible para el escenario «{scenario}».",
    reason_must_have_many=(
        "Produce {count} elementos imprescindibles para el escenario «{scenario}»."
    ),
    reason_nice_to_have_one="Produce 1 elemento deseable para el escenario «{scenario}».",
    reason_nice_to_have_many="Produce {count} elementos deseables para el escenario «{scenario}».",
    reason_must_and_nice=(
        "Produce {must} elemento(s) imprescindible(s) y {nice} elemento(s) deseable(s) para el "
        "escenario «{scenario}»."
    ),
    reason_gap_not_operating=(
        "Necesaria, pero aquí no funciona ningún sistema de esta categoría: una brecha que cubrir."
    ),
    reason_gap_unknown=(
        "Necesaria, pero no se sabe si aquí existe un sistema de esta categoría: una brecha que "
        "cubrir."
    ),
    reason_operating=(
        "Aquí ya funciona un sistema de esta categoría: apóyese en él y comparta sus datos."
    ),
    reason_planned=(
        "Aquí está previsto un sistema de esta categoría: compruebe que llegará a tiempo."
    ),
    list_separator=", ",
    list_last_separator=" y ",
    file_briefing="Nota PIM",
    file_category_sheet="Ficha de categoría PIM",
    file_glossary="Glosario PIM",
    situation_as_of="Situación al",
    decisions_to_make="Decisiones pendientes",
    decide_open="Decidir sobre {count} categorías aún abiertas: {names}.",
    decide_open_one="Decidir sobre 1 categoría aún abierta: {names}.",
    decide_uncovered=(
        "Averiguar quién produce {count} elementos imprescindibles que ninguna categoría "
        "aceptada cubre."
    ),
    decide_uncovered_one=(
        "Averiguar quién produce 1 elemento imprescindible que ninguna categoría aceptada cubre."
    ),
    decide_systems="Encontrar o prever un sistema para: {names}.",
    nothing_to_decide=(
        "Todas las categorías están decididas y cada elemento imprescindible está cubierto."
    ),
    by_decision="Las categorías según la decisión",
    accepted="Aceptadas",
    to_decide="Por decidir",
    rejected="Descartadas",
    ranked_first="primera en la clasificación",
    not_suggested="No sugerida para este contexto.",
    no_reason_given="Sin motivo indicado.",
    none_at_all="Ninguna.",
    gaps="Brechas",
    gaps_no_system="Aceptadas, pero sin sistema conocido aquí",
    gaps_uncovered="Datos imprescindibles que ninguna categoría aceptada produce",
    coverage="Los datos del escenario y la selección",
    data_item="Datos que el escenario necesita",
    covered_by="Producidos por una categoría aceptada",
    not_covered="No cubiertos; los producen {names}",
    collect_and_share="Qué recopilar y compartir",
    sharing_checklist_intro=(
        "Hágase estas preguntas antes de compartir nada (nota 7) y compruebe luego las "
        "condiciones de los datos compartidos de las categorías aceptadas."
    ),
    sharing_conditions="Condiciones de los datos compartidos de las categorías aceptadas",
    fallback_notice="Los pasajes que aún no están traducidos se imprimen en inglés.",
    label_separator=": ",
    public_notice="Este documento es PÚBLICO: puede compartirse libremente.",
    handling_public="Puede compartirse libremente.",
    handling_restricted=(
        "Compártalo solo con los socios que lo necesiten para la respuesta. No lo publique."
    ),
    handling_confidential=(
        "Solo destinatarios designados. No lo copie ni lo reenvíe. Guárdelo bajo llave."
    ),
    handling_strictly_confidential=(
        "Solo destinatarios designados. Ninguna copia. Devuélvalo o destrúyalo de forma segura "
        "tras su uso."
    ),
    matrix_poster="La matriz PIM de un vistazo",
    matrix_accepted_in="Resaltadas: las categorías aceptadas en {name}",
    matrix_shortened=(
        "Cada celda muestra sus primeros elementos, abreviados; las fichas de categoría los "
        "recogen todos."
    ),
    matrix_full=(
        "Cada celda muestra sus primeros elementos; las fichas de categoría los recogen todos."
    ),
    file_matrix="Matriz PIM",
)
