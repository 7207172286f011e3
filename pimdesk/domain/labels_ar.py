"""The fixed words of the PDF documents in Arabic (a right-to-left document)."""

from __future__ import annotations

from pimdesk.domain.document_labels import DocumentLabels
from pimdesk.domain.provenance import ProvenanceWords
from pimdesk.domain.tier_words import TierWords

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
    tiers=TierWords(
        language="ar",
        start_here="ابدأ هنا",
        add_when="أضِف عندما …",
        not_needed_now="غير مطلوبة الآن",
        add_when_condition="تُضاف عندما: {condition}",
        scenario_top=(
            "من بين الفئات الـ{count} التي يعتمد عليها سيناريو «{scenario}» أكثر من غيرها."
        ),
        scenario_less=(
            "يذكر سيناريو «{scenario}» بيانات تنتجها هذه الفئة، لكن أقل مما يذكره للفئات الأولى."
        ),
        scenario_some="يذكر سيناريو «{scenario}» بيانات تنتجها هذه الفئة.",
        scenario_little="يذكر سيناريو «{scenario}» القليل من البيانات التي تنتجها هذه الفئة.",
        scenario_none="لا يذكر سيناريو «{scenario}» أي بيانات تنتجها هذه الفئة.",
        comes_first="تأتي قبل الفئات الأخرى: {explanation}",
        team_need="تلبي حاجتكم: {need}",
        works_with="تعمل مع {name}: {explanation}",
        system_operating="يوجد هنا نظام قائم من هذه الفئة: استخدم بياناته.",
        system_operating_named="يوجد هنا نظام قائم من هذه الفئة ({names}): استخدم بياناته.",
        system_planned="يُخطط هنا لنظام من هذه الفئة.",
        system_planned_named="يُخطط هنا لنظام من هذه الفئة ({names}).",
        access_limited="ذكرتم أن الوصول محدود: يتطلب هذا العمل حضوراً منتظماً حيث يوجد الناس.",
        personal_data_unprotected=(
            "تحتوي على بيانات شخصية، وذكرتم أنه لا يمكن حمايتها هنا بعد: يتوقف تبادلها على الموافقة"
            " وعلى إجراءات متفق عليها."
        ),
        capacity_limited="ذكرتم أن القدرة محدودة: ابدأ بعدد أقل من الفئات.",
        conditions=(
            (
                "protection_needs_assessment",
                "تلزم صورة عن احتياجات الحماية في لحظة معينة لتخطيط الاستجابة",
            ),
            ("protection_monitoring", "يسمح الوصول بزيارات منتظمة، لمتابعة اتجاهات الانتهاكات"),
            ("case_management", "يوجد مسار للإحالة ويمكن حماية البيانات الشخصية"),
            ("population_data", "لم تعد التقديرات كافية وتلزم أرقام حسب العمر والجنس والموقع"),
            ("protection_response_me", "تجري استجابة في مجال الحماية يجب متابعة نتائجها"),
            (
                "communicating_with_in_affected_communities",
                "يحتاج الناس إلى معلومات من المستجيبين، أو إلى قناة للتواصل معهم",
            ),
            ("security_situational_awareness", "يتغير الوضع الأمني أو الوصول"),
            (
                "sectoral_system_other",
                "يمكن لبيانات القطاعات الأخرى أن تجيب عن سؤال يتعلق بالحماية",
            ),
        ),
        condition_default="تستدعي ذلك احتياجاتكم من البيانات",
        condition_works_with="تعمل فئة {name} وتستدعي بياناتها ذلك",
        condition_planned="لا يصل النظام المخطط له في الوقت المناسب",
        condition_access="يتحسن الوصول",
        condition_personal_data="يمكن حماية البيانات الشخصية",
        condition_capacity="تزداد القدرة",
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
    situation_as_of="الوضع في",
    decisions_to_make="قرارات يجب اتخاذها",
    decide_open="البتّ في {count} من الفئات التي لم يُبتّ فيها بعد: {names}.",
    decide_open_one="البتّ في فئة واحدة لم يُبتّ فيها بعد: {names}.",
    decide_uncovered="معرفة من ينتج {count} من البنود الضرورية التي لا تغطيها أي فئة مقبولة.",
    decide_uncovered_one="معرفة من ينتج بندًا ضروريًا واحدًا لا تغطيه أي فئة مقبولة.",
    decide_systems="إيجاد نظام أو التخطيط له من أجل: {names}.",
    nothing_to_decide="بُتّ في كل الفئات، وكل البنود الضرورية مغطاة.",
    by_decision="الفئات حسب القرار",
    accepted="مقبولة",
    to_decide="لم يُبتّ فيها بعد",
    rejected="مرفوضة",
    ranked_first="في المرتبة الأولى",
    not_suggested="غير مقترحة لهذا السياق.",
    no_reason_given="لم يُذكر سبب.",
    none_at_all="لا شيء.",
    gaps="الثغرات",
    gaps_no_system="مقبولة، ولكن لا يُعرف نظام لها هنا",
    gaps_uncovered="بيانات ضرورية لا تنتجها أي فئة مقبولة",
    coverage="بيانات السيناريو والاختيار",
    data_item="البيانات التي يحتاجها السيناريو",
    covered_by="تنتجها فئة مقبولة",
    not_covered="غير مغطاة؛ تنتجها {names}",
    collect_and_share="ما يُجمع وما يُتبادل",
    sharing_checklist_intro=(
        "اطرح هذه الأسئلة قبل تبادل أي شيء (الحاشية 7)، ثم تحقق من شروط البيانات المتبادلة "
        "للفئات المقبولة."
    ),
    sharing_conditions="شروط البيانات المتبادلة للفئات المقبولة",
    fallback_notice="المقاطع التي لم تُترجم بعد مطبوعة بالإنجليزية.",
    label_separator=": ",
    public_notice="هذه الوثيقة عامة: يجوز تبادلها بحرية.",
    handling_public="يجوز تبادلها بحرية.",
    handling_restricted="لا تُتبادل إلا مع الشركاء الذين يحتاجونها للاستجابة. لا تُنشر.",
    handling_confidential="للمستلمين المسمَّين فقط. لا تُنسخ ولا تُحال. تُحفظ في مكان مقفل.",
    handling_strictly_confidential=(
        "للمستلمين المسمَّين فقط. لا نسخ. تُعاد أو تُتلف بأمان بعد الاستعمال."
    ),
    matrix_poster="مصفوفة PIM في لمحة",
    matrix_accepted_in="المميَّزة: الفئات المقبولة في {name}",
    matrix_shortened="تعرض كل خانة بنودها الأولى مختصرة؛ وتضمها بطاقات الفئات كلها.",
    matrix_full="تعرض كل خانة بنودها الأولى؛ وتضمها بطاقات الفئات كلها.",
    file_matrix="مصفوفة PIM",
    item_separator="؛ ",
)
