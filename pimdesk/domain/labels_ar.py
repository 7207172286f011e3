"""The fixed words of the PDF documents in Arabic (a right-to-left document)."""

from __future__ import annotations

from pimdesk.domain.document_labels import DocumentLabels
from pimdesk.domain.provenance import ProvenanceWords

ARABIC_LABELS = DocumentLabels(
    language="ar",
    provenance=ProvenanceWords(
        language="ar",
        source_mark="{section}",
        source_label="المصدر: {section}",
        note_mark="ملاحظة PIM Desk على {section}",
        note_alone="ملاحظة من PIM Desk",
        editorial_mark="توضيح من PIM Desk",
        editorial_label="توضيح من PIM Desk — ليس من المصدر",
        editorial_related="توضيح من PIM Desk — ليس من المصدر؛ المقطع ذو الصلة: {section}",
        group="كلٌّ منها: {mark}",
    ),
    right_to_left=True,
    page_of="الصفحة {page} من {pages}",
    # A date after Arabic words is embedded left to right, or its parts would read backwards.
    content_version="المحتوى {version} بتاريخ \u202a{date}\u202c",
    exported="صُدِّر في \u202a{date}\u202c",
    public="علني",
    restricted="مقيَّد",
    confidential="سري",
    strictly_confidential="سري للغاية",
    sensitivity_notice=(
        "صُنِّفت هذه الوثيقة بدرجة «{level}». لا تتبادلها ولا تحفظها إلا بما تسمح به هذه الدرجة."
    ),
    app_name="PIM Desk",
    translation_notice="ترجمة PIM Desk؛ وليست ترجمة رسمية للمصدر.",
    briefing="موجز السياق",
    category_sheet="بطاقة الفئة",
    glossary="مسرد PIM Desk",
    place="المكان",
    date="التاريخ",
    scenario="السيناريو",
    organisation="المنظمة",
    sensitivity="درجة الحساسية",
    not_given="غير مذكور",
    contents="المحتويات",
    summary="الاختيار في لمحة",
    context_notes="ملاحظات الفريق عن السياق",
    team_needs="البيانات التي يحتاجها الفريق",
    category="الفئة",
    priority="الأولوية",
    why_chosen="سبب اختيارها",
    priority_not_set="غير محددة",
    system_here="النظام القائم هنا",
    categories="الفئات المختارة",
    definition="التعريف",
    purpose="الغرض",
    explanation="الشرح",
    status="الوضع",
    unagreed_definition="تعريف غير متفق عليه: اقرأه بوصفه وصفاً للعمل.",
    matrix_row="صف المصفوفة",
    matrix_says="في مصفوفة إدارة معلومات الحماية، مع أمثلة PIM Desk وملاحظاته",
    example="مثال",
    examples="أمثلة",
    conditions="الشروط",
    conditions_on_every_item="شروط تنطبق على كل بند أعلاه",
    conditions_for_sharing="شروط تبادل البيانات",
    must_have="ضروري لهذا السيناريو",
    nice_to_have="مستحسن لهذا السيناريو",
    none_listed="لا يذكر السيناريو أي بند لهذه الفئة.",
    team_notes="ملاحظات الفريق",
    related_categories="تعمل مع فئات أخرى",
    merged_into_this="مدمجة في هذه الفئة",
    essential_data="البيانات الأساسية حسب السيناريو",
    must_have_short="ضروري",
    nice_to_have_short="مستحسن",
    key_terms="المصطلحات الرئيسية",
    checklist="قائمة التحقق لتبادل البيانات",
    checklist_intro=(
        "راجع مبادئ إدارة معلومات الحماية والتحديات التي تخص الفئات المختارة قبل تبادل أي "
        "بيانات أو معلومات."
    ),
    principles="مبادئ إدارة معلومات الحماية",
    challenges="التحديات وتدابير التخفيف",
    later_name="لاحقاً: {name}",
    terms_used="مسرد المصطلحات المستخدمة",
    see_also="انظر أيضاً",
    also_called="أيضاً",
    sources="المصادر والمحتوى",
    content_set="مجموعة المحتوى",
    version="الإصدار",
    content_hash="بصمة المحتوى",
    documents_cited="الوثائق المستشهد بها",
    illustrative_note=(
        "يبيّن كل نص مصدره. يشير رقم القسم (PIM WM2 2015 §7.1) إلى مضمون الوثيقة المصدر "
        "بكلمات PIM Desk؛ وتشير عبارة «ملاحظة PIM Desk على» قسم ما إلى شرح من PIM Desk حول "
        "مقطع لا يذكر الموضوع إلا ذكراً؛ وتشير عبارة «توضيح من PIM Desk» إلى أمثلة PIM Desk "
        "والممارسة الشائعة التي لا تأتي من المصدر. أما النصوص التي لم تُترجم بعد فتُطبع "
        "بالإنجليزية."
    ),
    personal_data_note=(
        "لا يحفظ PIM Desk أي بيانات شخصية عن الأشخاص المتضررين. والملاحظات الواردة في هذه الوثيقة "
        "هي كلمات الفريق نفسه."
    ),
    glossary_intro=(
        "مسرد PIM Desk: {count} مصطلحاً مرتبة أبجدياً، وكل تعريف معلَّم بمصدره. أما المصطلحات "
        "المشتركة لإدارة معلومات الحماية المعتمدة (§5 من المصدر) فهي وثيقة منفصلة لا يتضمنها "
        "PIM Desk."
    ),
    status_endorsed="متفق عليها ومعتمدة",
    status_endorsed_further_work="متفق عليها، ويلزم مزيد من العمل",
    status_objective_agreed="الهدف متفق عليه، والتعريف غير متفق عليه",
    status_definition_not_agreed="التعريف غير متفق عليه، والعنوان والنطاق قيد المراجعة",
    status_spirit_endorsed="روحها معتمدة، ولا تُعدّ متفقاً عليها",
    priority_high="عالية",
    priority_medium="متوسطة",
    priority_low="منخفضة",
    system_operating="قائم",
    system_planned="مخطط له",
    system_not_operating="غير قائم",
    system_unknown="غير معروف",
    reason_chosen_by_team="اختارها الفريق.",
    reason_comes_first="تأتي أولاً: تحليلها السياقي للمخاطر يسبق {names}.",
    reason_comes_first_many="تأتي أولاً: تعتمد عليها الفئات الـ{count} الأخرى المقترحة.",
    reason_team_need="تلبي حاجة الفريق: {needs}",
    reason_team_needs="تلبي احتياجات الفريق: {needs}",
    reason_works_with="تعمل مع {names}.",
    reason_must_have_one="تنتج بنداً ضرورياً واحداً لسيناريو «{scenario}».",
    reason_must_have_many="تنتج {count} من البنود الضرورية لسيناريو «{scenario}».",
    reason_nice_to_have_one="تنتج بنداً مستحسناً واحداً لسيناريو «{scenario}».",
    reason_nice_to_have_many="تنتج {count} من البنود المستحسنة لسيناريو «{scenario}».",
    reason_must_and_nice=(
        "تنتج {must} من البنود الضرورية و{nice} من البنود المستحسنة لسيناريو «{scenario}»."
    ),
    reason_gap_not_operating="مطلوبة، لكن لا يوجد هنا نظام قائم من هذه الفئة: فجوة يجب سدها.",
    reason_gap_unknown="مطلوبة، لكن لا يُعرف إن كان هنا نظام من هذه الفئة: فجوة يجب سدها.",
    reason_operating="يوجد هنا نظام قائم من هذه الفئة: ابنِ عليه وتبادل بياناته.",
    reason_planned="يُخطط هنا لنظام من هذه الفئة: تحقق من أنه سيصل في الوقت المناسب.",
    list_separator="، ",
    list_last_separator=" و",
    file_briefing="موجز PIM",
    file_category_sheet="بطاقة فئة PIM",
    file_glossary="مسرد PIM",
)
