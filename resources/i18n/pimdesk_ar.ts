<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
<context>
    <name>About</name>
    <message>
        <source>About {app}</source>
        <translation>حول {app}</translation>
    </message>
    <message>
        <source>The Protection Information Management (PIM) framework, offline: the PIM Matrix, PIM Desk&apos;s glossary, the principles, the scenarios and the data-sharing guidance. The endorsed Common PIM Terminology is a separate document that PIM Desk does not carry.</source>
        <translation>إطار إدارة معلومات الحماية (PIM) دون اتصال بالإنترنت: مصفوفة إدارة معلومات الحماية، ومسرد PIM Desk، والمبادئ، والسيناريوهات، وإرشادات تبادل البيانات. أما المصطلحات المشتركة لإدارة معلومات الحماية المعتمدة فهي وثيقة منفصلة لا يتضمنها PIM Desk.</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>المحتوى</translation>
    </message>
    <message>
        <source>{title}, version {version} of {date}</source>
        <translation>{title}، الإصدار {version} بتاريخ ‪{date}‬</translation>
    </message>
    <message>
        <source>Fingerprint: {hash}</source>
        <translation>البصمة: ‪{hash}‬</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>المصادر</translation>
    </message>
    <message>
        <source>Every text says where it comes from: a section of the source, PIM Desk&apos;s note on a section, or PIM Desk&apos;s illustration, which is not from the source.</source>
        <translation>يبيّن كل نص مصدره: قسم من المصدر، أو ملاحظة PIM Desk على قسم ما، أو توضيح من PIM Desk لا يأتي من المصدر.</translation>
    </message>
    <message>
        <source>Software</source>
        <translation>البرمجيات</translation>
    </message>
    <message>
        <source>Qt {qt}, PySide6 {pyside}. Licence: MIT.</source>
        <translation>Qt {qt}، PySide6 {pyside}. الترخيص: MIT.</translation>
    </message>
    <message>
        <source>Translations of the content</source>
        <translation>ترجمات المحتوى</translation>
    </message>
    <message>
        <source>Translated by PIM Desk; not an official translation of the source.</source>
        <translation>ترجمة PIM Desk؛ وليست ترجمة رسمية للمصدر.</translation>
    </message>
    <message>
        <source>In {language}: {percent}% of the records translated in full ({count} of {total})</source>
        <translation>باللغة {language}: {percent}% من السجلات مترجمة بالكامل ({count} من {total})</translation>
    </message>
    <message>
        <source>About this app</source>
        <translation>حول هذا التطبيق</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>daily</source>
        <translation>يومية</translation>
    </message>
    <message>
        <source>taken by you</source>
        <translation>أخذتها أنت</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>قبل استعادة</translation>
    </message>
    <message>
        <source>before an upgrade</source>
        <translation>قبل ترقية</translation>
    </message>
    <message>
        <source>{taken} ({reason})</source>
        <translation>‪{taken}‬ ({reason})</translation>
    </message>
</context>
<context>
    <name>Bookmarks</name>
    <message>
        <source>Bookmarks</source>
        <translation>الإشارات المرجعية</translation>
    </message>
    <message>
        <source>Your bookmarked pages; Enter opens one, Delete removes it</source>
        <translation>صفحاتك ذات الإشارات المرجعية؛ يفتح Enter إحداها ويزيلها Delete</translation>
    </message>
    <message>
        <source>Recently viewed</source>
        <translation>ما عُرض مؤخراً</translation>
    </message>
    <message>
        <source>The pages you viewed last, newest first</source>
        <translation>آخر الصفحات التي عرضتها، الأحدث أولاً</translation>
    </message>
    <message>
        <source>&amp;Remove bookmark</source>
        <translation>إ&amp;زالة الإشارة المرجعية</translation>
    </message>
    <message>
        <source>Remove bookmark</source>
        <translation>إزالة الإشارة المرجعية</translation>
    </message>
    <message>
        <source>Remove the selected bookmark</source>
        <translation>إزالة الإشارة المرجعية المحددة</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;تراجع</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>تراجع</translation>
    </message>
    <message>
        <source>Put the removed bookmark back (Ctrl+Z)</source>
        <translation>إعادة الإشارة المرجعية المُزالة (Ctrl+Z)</translation>
    </message>
    <message>
        <source>No bookmarks yet: press Ctrl+D on any page to bookmark it.</source>
        <translation>لا توجد إشارات مرجعية بعد: اضغط Ctrl+D في أي صفحة لإضافة إشارة إليها.</translation>
    </message>
    <message>
        <source>&amp;Bookmarks</source>
        <translation>الإشارات المر&amp;جعية</translation>
    </message>
    <message>
        <source>Recently &amp;viewed</source>
        <translation>ما &amp;عُرض مؤخراً</translation>
    </message>
    <message>
        <source>Removed the bookmark “{title}”.</source>
        <translation>أُزيلت الإشارة المرجعية «{title}».</translation>
    </message>
    <message>
        <source>Bookmarks and recently viewed</source>
        <translation>الإشارات المرجعية وما عُرض مؤخراً</translation>
    </message>
</context>
<context>
    <name>ChangeDetails</name>
    <message>
        <source>(nothing)</source>
        <translation>(لا شيء)</translation>
    </message>
    <message>
        <source>Before:</source>
        <translation>قبل:</translation>
    </message>
    <message>
        <source>After:</source>
        <translation>بعد:</translation>
    </message>
    <message>
        <source>{kind}: {item} ({change})</source>
        <translation>{kind}: {item} ({change})</translation>
    </message>
    <message>
        <source>Languages: {languages}</source>
        <translation>اللغات: {languages}</translation>
    </message>
    <message>
        <source>In {language}:</source>
        <translation>في {language}:</translation>
    </message>
    <message>
        <source>What changed, before and after</source>
        <translation>ما الذي تغيّر، قبل وبعد</translation>
    </message>
    <message>
        <source>The chosen change&apos;s text before and after; removed words are struck through, added words underlined</source>
        <translation>نص التغيير المختار قبل وبعد؛ الكلمات المحذوفة مشطوبة والكلمات المضافة مسطَّرة</translation>
    </message>
    <message>
        <source>Choose a change above to see its text before and after.</source>
        <translation>اختر تغييراً أعلاه لترى نصه قبل وبعد.</translation>
    </message>
</context>
<context>
    <name>Compare</name>
    <message>
        <source>priority {priority}</source>
        <translation>الأولوية {priority}</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>البند</translation>
    </message>
    <message>
        <source>Same?</source>
        <translation>متطابقة؟</translation>
    </message>
    <message>
        <source>Different</source>
        <translation>مختلفة</translation>
    </message>
    <message>
        <source>Same</source>
        <translation>متطابقة</translation>
    </message>
    <message>
        <source>Compare “{left}” and “{right}”</source>
        <translation>مقارنة «{left}» و«{right}»</translation>
    </message>
    <message>
        <source>{name}: {scenario}, {place}</source>
        <translation>{name}: {scenario}، {place}</translation>
    </message>
    <message>
        <source>Show &amp;only the differences</source>
        <translation>عرض الا&amp;ختلافات فقط</translation>
    </message>
    <message>
        <source>Hide the categories both contexts treat the same way</source>
        <translation>إخفاء الفئات التي يعاملها السياقان بالطريقة نفسها</translation>
    </message>
    <message>
        <source>The two contexts side by side</source>
        <translation>السياقان جنباً إلى جنب</translation>
    </message>
    <message>
        <source>Every detail, category decision, tier, note, system and data need of both contexts; the differences are marked</source>
        <translation>كل تفصيل وقرار بشأن فئة ومستوى وملاحظة ونظام وحاجة إلى بيانات في السياقين؛ الاختلافات مميّزة</translation>
    </message>
    <message>
        <source>Tier: {category}</source>
        <translation>المستوى: {category}</translation>
    </message>
    <message>
        <source>Notes: {category}</source>
        <translation>ملاحظات: {category}</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>السيناريو</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>المكان</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>المنظمة</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>الملاحظات</translation>
    </message>
    <message>
        <source>Limits</source>
        <translation>الحدود</translation>
    </message>
    <message>
        <source>System: {name}</source>
        <translation>النظام: {name}</translation>
    </message>
    <message>
        <source>Not on the map</source>
        <translation>ليس على الخريطة</translation>
    </message>
    <message>
        <source>Picked</source>
        <translation>مختارة</translation>
    </message>
    <message>
        <source>Not picked</source>
        <translation>غير مختارة</translation>
    </message>
    <message>
        <source>Data need: {need}</source>
        <translation>حاجة إلى بيانات: {need}</translation>
    </message>
</context>
<context>
    <name>ContentChanges</name>
    <message>
        <source>Framework statement</source>
        <translation>بيان الإطار</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <source>Merged category</source>
        <translation>فئة مدمجة</translation>
    </message>
    <message>
        <source>Matrix element</source>
        <translation>عنصر المصفوفة</translation>
    </message>
    <message>
        <source>Sharing condition</source>
        <translation>شرط التبادل</translation>
    </message>
    <message>
        <source>Matrix cell</source>
        <translation>خلية المصفوفة</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>علاقة</translation>
    </message>
    <message>
        <source>Access dimension</source>
        <translation>بُعد الوصول</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>السيناريو</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>سؤال</translation>
    </message>
    <message>
        <source>Data-sharing challenge</source>
        <translation>تحدٍّ في تبادل البيانات</translation>
    </message>
    <message>
        <source>Principle</source>
        <translation>مبدأ</translation>
    </message>
    <message>
        <source>Glossary term</source>
        <translation>مصطلح في المسرد</translation>
    </message>
    <message>
        <source>added</source>
        <translation>مضاف</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>معدَّل</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>محذوف</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>التغيير</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>البند</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>ما الذي تغيّر</translation>
    </message>
    <message>
        <source>{added} added, {changed} changed, {removed} removed</source>
        <translation>{added} مضاف، {changed} معدَّل، {removed} محذوف</translation>
    </message>
</context>
<context>
    <name>ContentPage</name>
    <message>
        <source>or tick “{option}” to accept it anyway</source>
        <translation>أو حدِّد «{option}» لقبوله رغم ذلك</translation>
    </message>
    <message>
        <source>(Roll back returns to the previous content)</source>
        <translation>(الرجوع إلى السابق يعيد المحتوى السابق)</translation>
    </message>
    <message>
        <source>the pack&apos;s maker must update the translation and stamp it again</source>
        <translation>على مُعدّ الحزمة تحديث الترجمة وختمها من جديد</translation>
    </message>
    <message>
        <source>the pack&apos;s maker must stamp it once it matches the English</source>
        <translation>على مُعدّ الحزمة ختمها بعد أن تطابق النص الإنجليزي</translation>
    </message>
    <message>
        <source>Update content</source>
        <translation>تحديث المحتوى</translation>
    </message>
    <message>
        <source>Roll &amp;back</source>
        <translation>ال&amp;رجوع إلى السابق</translation>
    </message>
    <message>
        <source>Roll back</source>
        <translation>الرجوع إلى السابق</translation>
    </message>
    <message>
        <source>Go back to the content used before the last update</source>
        <translation>العودة إلى المحتوى المستخدم قبل آخر تحديث</translation>
    </message>
    <message>
        <source>Close the content update</source>
        <translation>إغلاق تحديث المحتوى</translation>
    </message>
    <message>
        <source>Roll &amp;back to {version}</source>
        <translation>ال&amp;رجوع إلى {version}</translation>
    </message>
    <message>
        <source>Choose a content pack</source>
        <translation>اختر حزمة محتوى</translation>
    </message>
    <message>
        <source>Content packs (*.zip)</source>
        <translation>حزم المحتوى (*.zip)</translation>
    </message>
    <message>
        <source>Checking the pack…</source>
        <translation>جارٍ فحص الحزمة…</translation>
    </message>
    <message>
        <source>Changes: {totals}.</source>
        <translation>التغييرات: {totals}.</translation>
    </message>
    <message>
        <source>Choose a public key to trust</source>
        <translation>اختيار مفتاح عام للوثوق به</translation>
    </message>
    <message>
        <source>Public keys (*.pem)</source>
        <translation>المفاتيح العامة (*.pem)</translation>
    </message>
    <message>
        <source>Trust packs signed with “{name}”?</source>
        <translation>هل تثق بالحزم الموقَّعة بالمفتاح «{name}»؟</translation>
    </message>
    <message>
        <source>Its key ID is {key_id}. Check that the pack&apos;s maker gives you the same ID by another way (a call, a message) before you trust it: packs signed with this key will be applied without a warning.</source>
        <translation>معرِّف المفتاح هو {key_id}. تحقَّق من أن مُعدّ الحزمة يعطيك المعرِّف نفسه بوسيلة أخرى (مكالمة، رسالة) قبل أن تثق به: ستُطبَّق الحزم الموقَّعة بهذا المفتاح دون تحذير.</translation>
    </message>
    <message>
        <source>&amp;Trust this key</source>
        <translation>ال&amp;وثوق بهذا المفتاح</translation>
    </message>
    <message>
        <source>Packs signed with “{name}” (key ID {key_id}) are now trusted.</source>
        <translation>أصبحت الحزم الموقَّعة بالمفتاح «{name}» (معرِّف المفتاح {key_id}) موثوقة.</translation>
    </message>
    <message>
        <source>Updating the content…</source>
        <translation>جارٍ تحديث المحتوى…</translation>
    </message>
    <message>
        <source>PIM Desk now uses content {new} instead of {old}; Roll back returns to {rollback}.</source>
        <translation>يستخدم PIM Desk الآن المحتوى {new} بدلاً من {old}؛ ويعيد «الرجوع إلى السابق» إلى {rollback}.</translation>
    </message>
    <message>
        <source>PIM Desk now uses content {new} instead of {old}.</source>
        <translation>يستخدم PIM Desk الآن المحتوى {new} بدلاً من {old}.</translation>
    </message>
    <message>
        <source>Go back from content {current} to {previous}?</source>
        <translation>هل تريد العودة من المحتوى {current} إلى {previous}؟</translation>
    </message>
    <message>
        <source>To use the newer content again afterwards, apply its pack once more.</source>
        <translation>لاستخدام المحتوى الأحدث مرة أخرى بعد ذلك، طبّق حزمته من جديد.</translation>
    </message>
    <message>
        <source>Rolling back…</source>
        <translation>جارٍ الرجوع إلى السابق…</translation>
    </message>
    <message>
        <source>verified: signed with the trusted key {name} ({key_id})</source>
        <translation>تم التحقق: موقَّعة بالمفتاح الموثوق {name} ({key_id})</translation>
    </message>
    <message>
        <source>not signed</source>
        <translation>غير موقَّعة</translation>
    </message>
    <message>
        <source>signed with an unknown key ({key_id}), not among the trusted keys</source>
        <translation>موقَّعة بمفتاح غير معروف ({key_id}) ليس من المفاتيح الموثوقة</translation>
    </message>
    <message>
        <source>bad signature: it does not verify with the trusted key {name}</source>
        <translation>توقيع غير صالح: لا يتطابق مع المفتاح الموثوق {name}</translation>
    </message>
    <message>
        <source>came with PIM Desk</source>
        <translation>مرفق مع PIM Desk</translation>
    </message>
    <message>
        <source>an unknown date</source>
        <translation>تاريخ غير معروف</translation>
    </message>
    <message>
        <source>signature unknown</source>
        <translation>التوقيع غير معروف</translation>
    </message>
    <message>
        <source>imported on {date} ({signature})</source>
        <translation>استُورد في ‪{date}‬ ({signature})</translation>
    </message>
    <message>
        <source>{title}: content {version} of {date}, {signature}. Installed now: {installed}.</source>
        <translation>{title}: المحتوى {version} بتاريخ ‪{date}‬، {signature}. المثبَّت الآن: {installed}.</translation>
    </message>
    <message>
        <source>it holds content {version}, not newer than the installed {installed}</source>
        <translation>تحتوي على المحتوى {version}، وهو ليس أحدث من المحتوى المثبَّت {installed}</translation>
    </message>
    <message>
        <source>It cannot be applied: {reason}.</source>
        <translation>لا يمكن تطبيقها: {reason}.</translation>
    </message>
    <message>
        <source>Installed content</source>
        <translation>المحتوى المثبَّت</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>الإصدار</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <source>Previous version</source>
        <translation>الإصدار السابق</translation>
    </message>
    <message>
        <source>Notices</source>
        <translation>تنبيهات</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>الإصدار:</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>التاريخ:</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>العنوان:</translation>
    </message>
    <message>
        <source>Origin:</source>
        <translation>المصدر:</translation>
    </message>
    <message>
        <source>Previous version:</source>
        <translation>الإصدار السابق:</translation>
    </message>
    <message>
        <source>none: there is nothing to roll back to</source>
        <translation>لا يوجد: لا شيء يمكن الرجوع إليه</translation>
    </message>
    <message>
        <source>Update from a content pack</source>
        <translation>التحديث من حزمة محتوى</translation>
    </message>
    <message>
        <source>Content pack</source>
        <translation>حزمة المحتوى</translation>
    </message>
    <message>
        <source>The pack file (.zip); press Enter to check it</source>
        <translation>ملف الحزمة (.zip)؛ اضغط Enter لفحصه</translation>
    </message>
    <message>
        <source>C&amp;hoose pack…</source>
        <translation>ا&amp;ختيار حزمة…</translation>
    </message>
    <message>
        <source>Choose the pack file and see what it would change</source>
        <translation>اختر ملف الحزمة واطّلع على ما سيغيّره</translation>
    </message>
    <message>
        <source>&amp;Allow a pack that is unsigned or cannot be verified</source>
        <translation>ال&amp;سماح بحزمة غير موقَّعة أو يتعذر التحقق منها</translation>
    </message>
    <message>
        <source>Accept a pack whose origin cannot be checked</source>
        <translation>قبول حزمة لا يمكن التحقق من مصدرها</translation>
    </message>
    <message>
        <source>Warning: PIM Desk cannot tell who made such a pack or whether it was changed on the way. Allow it only for a pack you received directly from someone you trust.</source>
        <translation>تحذير: لا يستطيع PIM Desk معرفة من أعدّ مثل هذه الحزمة ولا ما إذا كانت قد عُدِّلت في الطريق. لا تسمح بها إلا لحزمة تلقيتها مباشرة من شخص تثق به.</translation>
    </message>
    <message>
        <source>&amp;Trust a key…</source>
        <translation>ال&amp;وثوق بمفتاح…</translation>
    </message>
    <message>
        <source>Install the public key (.pem) of someone whose packs you accept</source>
        <translation>تثبيت المفتاح العام (.pem) لشخص تقبل حزمه</translation>
    </message>
    <message>
        <source>What the pack is</source>
        <translation>ما هي الحزمة</translation>
    </message>
    <message>
        <source>Appl&amp;y the update</source>
        <translation>&amp;تطبيق التحديث</translation>
    </message>
    <message>
        <source>Apply the update</source>
        <translation>تطبيق التحديث</translation>
    </message>
    <message>
        <source>Replace the content with the pack&apos;s, as previewed</source>
        <translation>استبدال المحتوى بمحتوى الحزمة كما عُرض</translation>
    </message>
    <message>
        <source>&amp;Pack:</source>
        <translation>ال&amp;حزمة:</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>التغييرات</translation>
    </message>
    <message>
        <source>What the pack adds, changes and removes, kind by kind</source>
        <translation>ما تضيفه الحزمة وتغيّره وتحذفه، نوعاً نوعاً</translation>
    </message>
    <message>
        <source>none</source>
        <translation>لا يوجد</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>غير معروف</translation>
    </message>
    <message>
        <source>The content pack {name} is refused: it is not signed; ask its maker for a signed pack, or tick “{option}” to accept it anyway.</source>
        <translation>رُفضت حزمة المحتوى {name}: إنها غير موقَّعة؛ اطلب من صانعها حزمة موقَّعة، أو حدِّد «{option}» لقبولها رغم ذلك.</translation>
    </message>
    <message>
        <source>The content pack {name} is refused: it is signed with an unknown key ({key_id}); trust its maker&apos;s public key (Trust a key…), or tick “{option}” to accept it anyway.</source>
        <translation>رُفضت حزمة المحتوى {name}: إنها موقَّعة بمفتاح غير معروف ({key_id})؛ ثِق بالمفتاح العام لصانعها (الوثوق بمفتاح…)، أو حدِّد «{option}» لقبولها رغم ذلك.</translation>
    </message>
    <message>
        <source>The content pack {name} is refused: its signature is bad: it does not verify with the trusted key {key} ({key_id}), so it was changed after signing or signed by another key; or tick “{option}” to accept it anyway.</source>
        <translation>رُفضت حزمة المحتوى {name}: توقيعها غير صالح: لا يتحقق بالمفتاح الموثوق {key} ({key_id})، فقد غُيِّرت بعد التوقيع أو وُقِّعت بمفتاح آخر؛ أو حدِّد «{option}» لقبولها رغم ذلك.</translation>
    </message>
    <message>
        <source>The content pack {name} is refused: it holds content {version}, not newer than the installed {installed} (Roll back returns to the previous content).</source>
        <translation>رُفضت حزمة المحتوى {name}: إنها تحوي المحتوى {version}، وهو ليس أحدث من المحتوى المثبَّت {installed} (الرجوع إلى السابق يعيد المحتوى السابق).</translation>
    </message>
    <message>
        <source>The content pack {name} is refused: it is not a readable zip file ({why}).</source>
        <translation>رُفضت حزمة المحتوى {name}: إنها ليست ملف zip قابلاً للقراءة ({why}).</translation>
    </message>
    <message>
        <source>The content pack {name} is refused: {problem}.</source>
        <translation>رُفضت حزمة المحتوى {name}: {problem}.</translation>
    </message>
    <message>
        <source>There is no content pack {path}.</source>
        <translation>لا توجد حزمة محتوى {path}.</translation>
    </message>
    <message>
        <source>The content pack {path} cannot be read ({why}).</source>
        <translation>تتعذر قراءة حزمة المحتوى {path} ({why}).</translation>
    </message>
    <message>
        <source>The content pack {name} could not be imported ({why}); the content was not changed.</source>
        <translation>تعذَّر استيراد حزمة المحتوى {name} ({why})؛ لم يتغير المحتوى.</translation>
    </message>
    <message>
        <source>There is no earlier content to go back to.</source>
        <translation>لا يوجد محتوى سابق للرجوع إليه.</translation>
    </message>
    <message>
        <source>The import was cancelled; the content was not changed.</source>
        <translation>أُلغي الاستيراد؛ لم يتغير المحتوى.</translation>
    </message>
    <message>
        <source>{file} cannot be trusted: {why}.</source>
        <translation>لا يمكن الوثوق بـ {file}: {why}.</translation>
    </message>
    <message>
        <source>A trusted key named {name} exists already.</source>
        <translation>يوجد بالفعل مفتاح موثوق باسم {name}.</translation>
    </message>
    <message>
        <source>The content was not changed.</source>
        <translation>لم يتغير المحتوى.</translation>
    </message>
</context>
<context>
    <name>ContextActions</name>
    <message>
        <source>&amp;New context</source>
        <translation>سياق &amp;جديد</translation>
    </message>
    <message>
        <source>Build a new context (Ctrl+N)</source>
        <translation>بناء سياق جديد (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Import context…</source>
        <translation>ا&amp;ستيراد سياق…</translation>
    </message>
    <message>
        <source>Import a context from a .pimsel file (Ctrl+O)</source>
        <translation>استيراد سياق من ملف ‎.pimsel (Ctrl+O)</translation>
    </message>
</context>
<context>
    <name>ContextDetails</name>
    <message>
        <source>A context needs a name: type one.</source>
        <translation>يحتاج السياق إلى اسم: اكتب اسماً.</translation>
    </message>
    <message>
        <source>A name can have at most {limit} characters (this one has {count}); shorten it.</source>
        <translation>يمكن أن يتكون الاسم من {limit} حرفاً على الأكثر (وهذا الاسم فيه {count})؛ اختصره.</translation>
    </message>
    <message>
        <source>Another context is already named “{name}”: choose another name. Your other changes are saved.</source>
        <translation>يوجد سياق آخر باسم «{name}»: اختر اسماً آخر. تغييراتك الأخرى محفوظة.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>The context&apos;s name, unique among your contexts</source>
        <translation>اسم السياق، ولا يتكرر بين سياقاتك</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>المكان</translation>
    </message>
    <message>
        <source>Where the operation is: a country, a region, a camp</source>
        <translation>مكان العملية: بلد أو منطقة أو مخيم</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>المنظمة</translation>
    </message>
    <message>
        <source>The organisation or team (optional)</source>
        <translation>المنظمة أو الفريق (اختياري)</translation>
    </message>
    <message>
        <source>Has a &amp;date</source>
        <translation>له &amp;تاريخ</translation>
    </message>
    <message>
        <source>Has a date</source>
        <translation>له تاريخ</translation>
    </message>
    <message>
        <source>Uncheck when the context has no date</source>
        <translation>ألغِ التحديد إن لم يكن للسياق تاريخ</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>The date of the context, e.g. of the analysis</source>
        <translation>تاريخ السياق، مثل تاريخ التحليل</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>السيناريو</translation>
    </message>
    <message>
        <source>Which of the four scenarios the context is in</source>
        <translation>أي السيناريوهات الأربعة ينطبق على السياق</translation>
    </message>
    <message>
        <source>Notes on the context</source>
        <translation>ملاحظات عن السياق</translation>
    </message>
    <message>
        <source>Your team&apos;s notes on the whole context; saved as you type</source>
        <translation>ملاحظات فريقك عن السياق كله؛ تُحفظ أثناء الكتابة</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>ال&amp;اسم:</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>ال&amp;مكان:</translation>
    </message>
    <message>
        <source>O&amp;rganisation:</source>
        <translation>المن&amp;ظمة:</translation>
    </message>
    <message>
        <source>&amp;Scenario:</source>
        <translation>ال&amp;سيناريو:</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>التاريخ:</translation>
    </message>
    <message>
        <source>No&amp;tes:</source>
        <translation>الم&amp;لاحظات:</translation>
    </message>
    <message>
        <source>This scenario is not in the current content (a content update removed or renamed it): choose one of the four to go on saving changes.</source>
        <translation>هذا السيناريو غير موجود في المحتوى الحالي (حذفه تحديث للمحتوى أو غيّر اسمه): اختر أحد السيناريوهات الأربعة لمتابعة حفظ التغييرات.</translation>
    </message>
    <message>
        <source>Notes can have at most {limit} characters; shorten them to save them.</source>
        <translation>يمكن أن تتكون الملاحظات من {limit} حرفاً على الأكثر؛ اختصرها لحفظها.</translation>
    </message>
</context>
<context>
    <name>ContextDialogs</name>
    <message>
        <source>Rename “{name}”</source>
        <translation>إعادة تسمية «{name}»</translation>
    </message>
    <message>
        <source>New name</source>
        <translation>الاسم الجديد</translation>
    </message>
    <message>
        <source>The context&apos;s new name, unique among your contexts</source>
        <translation>الاسم الجديد للسياق، ولا يتكرر بين سياقاتك</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>ال&amp;اسم:</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>سلة المحذوفات</translation>
    </message>
    <message>
        <source>Deleted contexts</source>
        <translation>السياقات المحذوفة</translation>
    </message>
    <message>
        <source>Contexts in the trash, with the date each is kept until</source>
        <translation>السياقات في سلة المحذوفات، مع تاريخ الاحتفاظ بكل منها</translation>
    </message>
    <message>
        <source>Deleted contexts are kept for {days} days, then deleted for good. Restore one to work on it again.</source>
        <translation>يُحتفظ بالسياقات المحذوفة مدة {days} يوماً، ثم تُحذف نهائياً. استعد أحدها لتعمل عليه من جديد.</translation>
    </message>
    <message>
        <source>The trash is empty. A context you delete waits here for {days} days in case you want it back.</source>
        <translation>سلة المحذوفات فارغة. يبقى السياق الذي تحذفه هنا {days} يوماً في حال أردت استعادته.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>ا&amp;ستعادة</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>استعادة</translation>
    </message>
    <message>
        <source>Put the chosen context back in your list</source>
        <translation>إعادة السياق المختار إلى قائمتك</translation>
    </message>
</context>
<context>
    <name>ContextEditor</name>
    <message>
        <source>All contexts</source>
        <translation>كل السياقات</translation>
    </message>
    <message>
        <source>Back to the list of your contexts</source>
        <translation>العودة إلى قائمة سياقاتك</translation>
    </message>
    <message>
        <source>Share as file…</source>
        <translation>المشاركة كملف…</translation>
    </message>
    <message>
        <source>Save this context as a .pimsel file, e.g. on a USB stick</source>
        <translation>حفظ هذا السياق كملف ‎.pimsel، على ذاكرة USB مثلاً</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>تصدير PDF…</translation>
    </message>
    <message>
        <source>Print this context as PDF briefing sheets</source>
        <translation>طباعة هذا السياق كموجز بصيغة PDF</translation>
    </message>
    <message>
        <source>C&amp;ontext</source>
        <translation>ال&amp;سياق</translation>
    </message>
    <message>
        <source>S&amp;ystems</source>
        <translation>الأن&amp;ظمة</translation>
    </message>
    <message>
        <source>Data n&amp;eeds</source>
        <translation>ا&amp;حتياجات البيانات</translation>
    </message>
    <message>
        <source>Categor&amp;ies</source>
        <translation>ال&amp;فئات</translation>
    </message>
    <message>
        <source>Parts of the context</source>
        <translation>أجزاء السياق</translation>
    </message>
    <message>
        <source>The context, its systems, its data needs, its categories</source>
        <translation>السياق وأنظمته واحتياجاته من البيانات وفئاته</translation>
    </message>
    <message>
        <source>“{name}” is in the trash: restore it to open it.</source>
        <translation>«{name}» في سلة المحذوفات: استعده لتفتحه.</translation>
    </message>
    <message>
        <source>Kept, but not in the current content (a content update removed or renamed them): {items}. Nothing was removed; decide what to keep.</source>
        <translation>محفوظة، لكنها غير موجودة في المحتوى الحالي (حذفها تحديث للمحتوى أو غيّر أسماءها): {items}. لم يُحذف شيء؛ قرّر ما تحتفظ به.</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>محفوظ</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>جارٍ الحفظ…</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>غير محفوظ</translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation>غير محفوظ: {reason}</translation>
    </message>
    <message>
        <source>{name} (my copy)</source>
        <translation>{name} (نسختي)</translation>
    </message>
    <message>
        <source>Your changes were saved as “{copy}”; “{name}” keeps the version saved elsewhere.</source>
        <translation>حُفظت تغييراتك باسم «{copy}»؛ ويحتفظ «{name}» بالنسخة المحفوظة في مكان آخر.</translation>
    </message>
</context>
<context>
    <name>ContextFiles</name>
    <message>
        <source>Share as file</source>
        <translation>المشاركة كملف</translation>
    </message>
    <message>
        <source>PIM Desk context files (*.pimsel)</source>
        <translation>ملفات سياق PIM Desk ‏(*.pimsel)</translation>
    </message>
    <message>
        <source>Import a context</source>
        <translation>استيراد سياق</translation>
    </message>
    <message>
        <source>A context named “{name}” already exists.</source>
        <translation>يوجد بالفعل سياق باسم «{name}».</translation>
    </message>
    <message>
        <source>Replace it (yours goes to the trash, kept 30 days), import this one as a copy under another name, or cancel.</source>
        <translation>استبدله (يذهب سياقك إلى سلة المحذوفات ويُحتفظ به 30 يوماً)، أو استورد هذا السياق كنسخة باسم آخر، أو ألغِ.</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>ا&amp;ستبدال</translation>
    </message>
    <message>
        <source>Import as a &amp;copy</source>
        <translation>الاستيراد كن&amp;سخة</translation>
    </message>
    <message>
        <source>Imported as “{name}”: a context named “{old}” already exists.</source>
        <translation>استُورد باسم «{name}»: يوجد سياق باسم «{old}» من قبل.</translation>
    </message>
    <message>
        <source>Imported “{name}”; the earlier context of that name is in the trash.</source>
        <translation>استُورد «{name}»؛ السياق السابق الذي يحمل هذا الاسم في سلة المحذوفات.</translation>
    </message>
    <message>
        <source>the name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>the place</source>
        <translation>المكان</translation>
    </message>
    <message>
        <source>the organisation</source>
        <translation>المنظمة</translation>
    </message>
    <message>
        <source>the notes on the context</source>
        <translation>الملاحظات عن السياق</translation>
    </message>
    <message>
        <source>an ID number</source>
        <translation>رقم هوية</translation>
    </message>
    <message>
        <source>a case or registration number</source>
        <translation>رقم حالة أو رقم تسجيل</translation>
    </message>
    <message>
        <source>a date or year of birth</source>
        <translation>تاريخ ميلاد أو سنة ميلاد</translation>
    </message>
    <message>
        <source>an age with a sex</source>
        <translation>عمر مقرون بالجنس</translation>
    </message>
    <message>
        <source>a person&apos;s name</source>
        <translation>اسم شخص</translation>
    </message>
    <message>
        <source>the data needs</source>
        <translation>احتياجات البيانات</translation>
    </message>
    <message>
        <source>the notes on {category}</source>
        <translation>الملاحظات عن {category}</translation>
    </message>
    <message>
        <source>an e-mail address</source>
        <translation>عنوان بريد إلكتروني</translation>
    </message>
    <message>
        <source>a phone number</source>
        <translation>رقم هاتف</translation>
    </message>
    <message>
        <source>In {where}, {what}: {text}</source>
        <translation>في {where}، {what}: {text}</translation>
    </message>
    <message>
        <source>Not saved as a file: {reason}</source>
        <translation>لم يُحفظ كملف: {reason}</translation>
    </message>
    <message>
        <source>“{name}” saved as {path}.</source>
        <translation>حُفظ «{name}» باسم ‪{path}‬.</translation>
    </message>
    <message>
        <source>{name} (imported)</source>
        <translation>{name} (مستورد)</translation>
    </message>
    <message>
        <source>Nothing was imported: {reason}</source>
        <translation>لم يُستورد شيء: {reason}</translation>
    </message>
    <message>
        <source>Imported “{name}”.</source>
        <translation>استُورد «{name}».</translation>
    </message>
</context>
<context>
    <name>ContextLabels</name>
    <message>
        <source>Operating</source>
        <translation>قائم</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>مخطط له</translation>
    </message>
    <message>
        <source>Not operating</source>
        <translation>غير قائم</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>غير معروف</translation>
    </message>
    <message>
        <source>Start here</source>
        <translation>ابدأ هنا</translation>
    </message>
    <message>
        <source>Add when …</source>
        <translation>أضِف عندما …</translation>
    </message>
    <message>
        <source>Not needed now</source>
        <translation>غير مطلوبة الآن</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>متوقف</translation>
    </message>
    <message>
        <source>Access is limited</source>
        <translation>الوصول محدود</translation>
    </message>
    <message>
        <source>Our capacity is limited</source>
        <translation>قدرتنا محدودة</translation>
    </message>
    <message>
        <source>Personal data cannot be protected yet</source>
        <translation>لا يمكن حماية البيانات الشخصية بعد</translation>
    </message>
    <message>
        <source>To decide</source>
        <translation>قيد القرار</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>مقبولة</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>مرفوضة</translation>
    </message>
    <message>
        <source>No priority</source>
        <translation>بلا أولوية</translation>
    </message>
    <message>
        <source>High</source>
        <translation>عالية</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>متوسطة</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>منخفضة</translation>
    </message>
    <message>
        <source>[Not in the current content]</source>
        <translation>[غير موجود في المحتوى الحالي]</translation>
    </message>
</context>
<context>
    <name>ContextList</name>
    <message>
        <source>You have no contexts yet: press New (Ctrl+N) to build one.</source>
        <translation>ليست لديك سياقات بعد: اضغط «جديد» (Ctrl+N) لإنشاء سياق.</translation>
    </message>
    <message>
        <source>Filter by name, place or scenario</source>
        <translation>التصفية حسب الاسم أو المكان أو السيناريو</translation>
    </message>
    <message>
        <source>Filter contexts</source>
        <translation>تصفية السياقات</translation>
    </message>
    <message>
        <source>Show only the contexts with these words in their name, place or scenario</source>
        <translation>عرض السياقات التي تحتوي أسماؤها أو أماكنها أو سيناريوهاتها على هذه الكلمات فقط</translation>
    </message>
    <message>
        <source>My contexts</source>
        <translation>سياقاتي</translation>
    </message>
    <message>
        <source>Your contexts: name, scenario, place, last change, accepted categories. Enter opens one, F2 renames, Delete moves to the trash; select two to compare</source>
        <translation>سياقاتك: الاسم والسيناريو والمكان وآخر تغيير والفئات المقبولة. يفتح Enter سياقاً، ويعيد F2 التسمية، وينقل Delete إلى سلة المحذوفات؛ اختر سياقين للمقارنة</translation>
    </message>
    <message>
        <source>Each context needs its own combination of PIM categories. Build one for your operation: the scenario, the systems already there, the data you need, and the categories to use and why. Everything is saved as you go, on this computer.</source>
        <translation>يحتاج كل سياق إلى مزيج خاص به من فئات إدارة معلومات الحماية. أنشئ مزيجاً لعمليتك: السيناريو، والأنظمة القائمة، والبيانات التي تحتاجها، والفئات التي ستستخدمها وسبب ذلك. يُحفظ كل شيء أولاً بأول على هذا الحاسوب.</translation>
    </message>
    <message>
        <source>Fi&amp;lter:</source>
        <translation>ال&amp;تصفية:</translation>
    </message>
    <message>
        <source>New context</source>
        <translation>سياق جديد</translation>
    </message>
    <message>
        <source>{name} (copy)</source>
        <translation>{name} (نسخة)</translation>
    </message>
    <message>
        <source>Duplicated as “{name}”.</source>
        <translation>نُسخ باسم «{name}».</translation>
    </message>
    <message>
        <source>Moved to the trash (kept {days} days): {names}</source>
        <translation>نُقل إلى سلة المحذوفات (يُحتفظ به {days} يوماً): {names}</translation>
    </message>
    <message>
        <source>Deletion undone.</source>
        <translation>أُلغي الحذف.</translation>
    </message>
    <message>
        <source>Choose two contexts to compare (Ctrl+click).</source>
        <translation>اختر سياقين للمقارنة (Ctrl+نقرة).</translation>
    </message>
    <message>
        <source>Use what you typed</source>
        <translation>استخدام ما كتبته</translation>
    </message>
    <message>
        <source>Close without changes</source>
        <translation>الإغلاق دون تغييرات</translation>
    </message>
    <message>
        <source>Close this window</source>
        <translation>إغلاق هذه النافذة</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>تراجع</translation>
    </message>
    <message>
        <source>Undo the deletion</source>
        <translation>التراجع عن الحذف</translation>
    </message>
    <message>
        <source>Put the deleted contexts back (Ctrl+Z)</source>
        <translation>إعادة السياقات المحذوفة (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Trash…</source>
        <translation>سلة المحذوفات…</translation>
    </message>
    <message>
        <source>Open the trash</source>
        <translation>فتح سلة المحذوفات</translation>
    </message>
    <message>
        <source>Contexts deleted in the last 30 days</source>
        <translation>السياقات المحذوفة خلال آخر 30 يوماً</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>تجاهل</translation>
    </message>
    <message>
        <source>Dismiss the notice</source>
        <translation>تجاهل التنبيه</translation>
    </message>
    <message>
        <source>Hide this notice</source>
        <translation>إخفاء هذا التنبيه</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;جديد</translation>
    </message>
    <message>
        <source>Build a new context (Ctrl+N)</source>
        <translation>إنشاء سياق جديد (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;فتح</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>فتح</translation>
    </message>
    <message>
        <source>Open the chosen context (Enter)</source>
        <translation>فتح السياق المختار (Enter)</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>إعادة تسمي&amp;ة…</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>إعادة تسمية</translation>
    </message>
    <message>
        <source>Give the chosen context another name (F2)</source>
        <translation>إعطاء السياق المختار اسماً آخر (F2)</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>&amp;نسخ</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>نسخ</translation>
    </message>
    <message>
        <source>Make a copy of the chosen context</source>
        <translation>إنشاء نسخة من السياق المختار</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;حذف</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>Move the chosen contexts to the trash (Delete)</source>
        <translation>نقل السياقات المختارة إلى سلة المحذوفات (Delete)</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>ال&amp;مقارنة</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>المقارنة</translation>
    </message>
    <message>
        <source>Compare the two chosen contexts side by side</source>
        <translation>مقارنة السياقين المختارين جنباً إلى جنب</translation>
    </message>
    <message>
        <source>&amp;Share as file…</source>
        <translation>الم&amp;شاركة كملف…</translation>
    </message>
    <message>
        <source>Share as file</source>
        <translation>المشاركة كملف</translation>
    </message>
    <message>
        <source>Save the chosen context as a .pimsel file</source>
        <translation>حفظ السياق المختار كملف ‎.pimsel</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>ا&amp;ستيراد…</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>استيراد</translation>
    </message>
    <message>
        <source>Import a context from a .pimsel file (Ctrl+O)</source>
        <translation>استيراد سياق من ملف ‎.pimsel (Ctrl+O)</translation>
    </message>
    <message>
        <source>&amp;Trash…</source>
        <translation>س&amp;لة المحذوفات…</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>سلة المحذوفات</translation>
    </message>
    <message>
        <source>Contexts deleted in the last 30 days, to restore</source>
        <translation>السياقات المحذوفة خلال آخر 30 يوماً، لاستعادتها</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>السيناريو</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>المكان</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>آخر تعديل</translation>
    </message>
    <message>
        <source>Accepted categories</source>
        <translation>الفئات المقبولة</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>تاريخ الحذف</translation>
    </message>
    <message>
        <source>Kept until</source>
        <translation>يُحتفظ به حتى</translation>
    </message>
</context>
<context>
    <name>Controls</name>
    <message>
        <source>Clear</source>
        <translation>مسح</translation>
    </message>
    <message>
        <source>Empty the field</source>
        <translation>إفراغ الحقل</translation>
    </message>
    <message>
        <source>Select all</source>
        <translation>تحديد الكل</translation>
    </message>
</context>
<context>
    <name>DataDialog</name>
    <message>
        <source>Your data was restored from the backup of {taken}.</source>
        <translation>استُعيدت بياناتك من النسخة الاحتياطية بتاريخ ‪{taken}‬.</translation>
    </message>
    <message>
        <source>Your data was restored from the backup of {taken}; the data it replaced was backed up and set aside as {aside}.</source>
        <translation>استُعيدت بياناتك من النسخة الاحتياطية بتاريخ ‪{taken}‬؛ وأُخذت نسخة احتياطية من البيانات التي استُبدلت ووُضعت جانباً باسم ‪{aside}‬.</translation>
    </message>
    <message>
        <source>Your data file {path} is damaged: {problems}.</source>
        <translation>ملف بياناتك {path} تالف: {problems}.</translation>
    </message>
    <message>
        <source>Your data file {path} could not be checked now: {reason}.</source>
        <translation>تعذّر فحص ملف بياناتك {path} الآن: {reason}.</translation>
    </message>
    <message>
        <source>Your data file {path} is sound.</source>
        <translation>ملف بياناتك {path} سليم.</translation>
    </message>
    <message>
        <source>Saved contexts: {count}.</source>
        <translation>السياقات المحفوظة: {count}.</translation>
    </message>
    <message>
        <source>Backups: {count}; the newest {newest}.</source>
        <translation>النسخ الاحتياطية: {count}؛ أحدثها {newest}.</translation>
    </message>
    <message>
        <source>Backups: none yet.</source>
        <translation>النسخ الاحتياطية: لا شيء بعد.</translation>
    </message>
    <message>
        <source>Check my data</source>
        <translation>فحص بياناتي</translation>
    </message>
    <message>
        <source>The state of your data</source>
        <translation>حالة بياناتك</translation>
    </message>
    <message>
        <source>Back &amp;up now</source>
        <translation>أخذ نسخة احتياطية ال&amp;آن</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>أخذ نسخة احتياطية الآن</translation>
    </message>
    <message>
        <source>Take a verified backup of your data now</source>
        <translation>أخذ نسخة احتياطية موثَّقة من بياناتك الآن</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>ا&amp;ستعادة…</translation>
    </message>
    <message>
        <source>Restore the chosen backup</source>
        <translation>استعادة النسخة الاحتياطية المختارة</translation>
    </message>
    <message>
        <source>Replace your data with the backup chosen in the list</source>
        <translation>استبدال بياناتك بالنسخة الاحتياطية المختارة في القائمة</translation>
    </message>
    <message>
        <source>Close the check of your data</source>
        <translation>إغلاق فحص بياناتك</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>النسخ الاحتياطية</translation>
    </message>
    <message>
        <source>Your backups, newest first; choose one to restore it</source>
        <translation>نسخك الاحتياطية، الأحدث أولاً؛ اختر إحداها لاستعادتها</translation>
    </message>
    <message>
        <source>&amp;Backups, newest first:</source>
        <translation>النسخ ال&amp;احتياطية، الأحدث أولاً:</translation>
    </message>
    <message>
        <source>This could not be finished: {error}</source>
        <translation>تعذّر إتمام ذلك: {error}</translation>
    </message>
    <message>
        <source>Closing once this is finished…</source>
        <translation>سيُغلق عند الانتهاء…</translation>
    </message>
    <message>
        <source>Checking your data…</source>
        <translation>جارٍ فحص بياناتك…</translation>
    </message>
    <message>
        <source>Backing up your data…</source>
        <translation>جارٍ أخذ نسخة احتياطية من بياناتك…</translation>
    </message>
    <message>
        <source>A backup was taken and verified ({taken}).</source>
        <translation>أُخذت نسخة احتياطية وتُحقق منها (‪{taken}‬).</translation>
    </message>
    <message>
        <source>Replace your data with the backup of {taken}?</source>
        <translation>هل تريد استبدال بياناتك بالنسخة الاحتياطية بتاريخ ‪{taken}‬؟</translation>
    </message>
    <message>
        <source>Your data as it is now is backed up first and set aside, never deleted: you can go back to it by restoring again.</source>
        <translation>تُؤخذ أولاً نسخة احتياطية من بياناتك الحالية وتوضع جانباً ولا تُحذف أبداً: يمكنك العودة إليها بالاستعادة من جديد.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>ا&amp;ستعادة</translation>
    </message>
    <message>
        <source>Restoring your data…</source>
        <translation>جارٍ استعادة بياناتك…</translation>
    </message>
</context>
<context>
    <name>DataGuard</name>
    <message>
        <source>Your data could not be checked: {error}</source>
        <translation>تعذّر فحص بياناتك: {error}</translation>
    </message>
</context>
<context>
    <name>DocumentPage</name>
    <message>
        <source>Page</source>
        <translation>الصفحة</translation>
    </message>
    <message>
        <source>E&amp;xport this category sheet…</source>
        <translation>&amp;تصدير بطاقة هذه الفئة…</translation>
    </message>
    <message>
        <source>Export this category sheet</source>
        <translation>تصدير بطاقة هذه الفئة</translation>
    </message>
    <message>
        <source>A PDF of this category on one or two pages, to hand out</source>
        <translation>ملف PDF لهذه الفئة في صفحة أو صفحتين، للتوزيع</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export PDF</source>
        <translation>تصدير PDF</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>ت&amp;صدير</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>تصدير</translation>
    </message>
    <message>
        <source>Write the PDF with these choices</source>
        <translation>كتابة ملف PDF بهذه الخيارات</translation>
    </message>
    <message>
        <source>Close the Export dialog</source>
        <translation>إغلاق مربع التصدير</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;فتح</translation>
    </message>
    <message>
        <source>Open the PDF</source>
        <translation>فتح ملف PDF</translation>
    </message>
    <message>
        <source>Open the PDF in the system&apos;s viewer</source>
        <translation>فتح ملف PDF في عارض النظام</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>العرض في المجلد</translation>
    </message>
    <message>
        <source>Open the folder that holds the PDF</source>
        <translation>فتح المجلد الذي يحتوي على ملف PDF</translation>
    </message>
    <message>
        <source>Sho&amp;w in folder</source>
        <translation>ال&amp;عرض في المجلد</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>ط&amp;باعة…</translation>
    </message>
    <message>
        <source>Print the PDF</source>
        <translation>طباعة ملف PDF</translation>
    </message>
    <message>
        <source>Print the PDF through the system&apos;s PDF viewer</source>
        <translation>طباعة ملف PDF عبر عارض PDF في النظام</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>جارٍ التصدير…</translation>
    </message>
    <message>
        <source>Saved {file} ({pages} pages) in {folder}.</source>
        <translation>حُفظ ‪{file}‬ ({pages} صفحة) في ‪{folder}‬.</translation>
    </message>
    <message>
        <source>The export was cancelled; nothing was written.</source>
        <translation>أُلغي التصدير؛ لم يُكتب شيء.</translation>
    </message>
    <message>
        <source>A file named {name} already exists in {folder}.</source>
        <translation>يوجد بالفعل ملف باسم ‪{name}‬ في ‪{folder}‬.</translation>
    </message>
    <message>
        <source>Replace it with the new PDF?</source>
        <translation>هل تريد استبداله بملف PDF الجديد؟</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>ا&amp;ستبدال</translation>
    </message>
    <message>
        <source>Not exported: the briefing was not written.</source>
        <translation>لم يُصدَّر: لم يُكتب الموجز.</translation>
    </message>
    <message>
        <source>The folder could not be opened: {folder}</source>
        <translation>تعذّر فتح المجلد: ‪{folder}‬</translation>
    </message>
    <message>
        <source>{file} was sent to the printer.</source>
        <translation>أُرسل ‪{file}‬ إلى الطابعة.</translation>
    </message>
    <message>
        <source>{file} is open in your PDF viewer: print it from there.</source>
        <translation>الملف ‪{file}‬ مفتوح في عارض PDF لديك: اطبعه من هناك.</translation>
    </message>
    <message>
        <source>No application on this computer opens PDF files; the PDF is at {path}</source>
        <translation>لا يوجد على هذا الحاسوب تطبيق يفتح ملفات PDF؛ الملف موجود في ‪{path}‬</translation>
    </message>
</context>
<context>
    <name>ExportForm</name>
    <message>
        <source>Category sheet</source>
        <translation>بطاقة الفئة</translation>
    </message>
    <message>
        <source>Glossary handout</source>
        <translation>مسرد للتوزيع</translation>
    </message>
    <message>
        <source>The PIM Matrix on one page</source>
        <translation>مصفوفة PIM في صفحة واحدة</translation>
    </message>
    <message>
        <source>Public</source>
        <translation>علني</translation>
    </message>
    <message>
        <source>Restricted</source>
        <translation>مقيَّد</translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation>سري</translation>
    </message>
    <message>
        <source>Strictly confidential</source>
        <translation>سري للغاية</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>الوثيقة</translation>
    </message>
    <message>
        <source>Which document to export</source>
        <translation>الوثيقة المراد تصديرها</translation>
    </message>
    <message>
        <source>Context briefing</source>
        <translation>إحاطة عن سياق</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>السياق</translation>
    </message>
    <message>
        <source>The saved context the briefing is about</source>
        <translation>السياق المحفوظ الذي تتناوله الإحاطة</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <source>The category on the sheet</source>
        <translation>الفئة في البطاقة</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>الورق</translation>
    </message>
    <message>
        <source>The paper size of the pages</source>
        <translation>مقاس ورق الصفحات</translation>
    </message>
    <message>
        <source>A3 landscape</source>
        <translation>A3 بالعرض</translation>
    </message>
    <message>
        <source>A4 landscape, items shortened</source>
        <translation>A4 بالعرض، البنود مختصرة</translation>
    </message>
    <message>
        <source>Letter landscape, items shortened</source>
        <translation>Letter بالعرض، البنود مختصرة</translation>
    </message>
    <message>
        <source>Poster paper</source>
        <translation>ورق الملصق</translation>
    </message>
    <message>
        <source>The landscape paper the matrix is printed on</source>
        <translation>الورق بالعرض الذي تُطبع عليه المصفوفة</translation>
    </message>
    <message>
        <source>Hi&amp;ghlight a selection&apos;s accepted categories</source>
        <translation>&amp;تمييز الفئات المقبولة في اختيار</translation>
    </message>
    <message>
        <source>Highlight a selection&apos;s accepted categories</source>
        <translation>تمييز الفئات المقبولة في اختيار</translation>
    </message>
    <message>
        <source>Highlight the chosen selection&apos;s categories on the matrix</source>
        <translation>تمييز فئات الاختيار المحدد على المصفوفة</translation>
    </message>
    <message>
        <source>Sensitivity</source>
        <translation>درجة الحساسية</translation>
    </message>
    <message>
        <source>The sensitivity level printed at the top and bottom of every page</source>
        <translation>درجة الحساسية المطبوعة في أعلى كل صفحة وأسفلها</translation>
    </message>
    <message>
        <source>Include the team&apos;s &amp;notes</source>
        <translation>تضمين ملاح&amp;ظات الفريق</translation>
    </message>
    <message>
        <source>Include the team&apos;s notes</source>
        <translation>تضمين ملاحظات الفريق</translation>
    </message>
    <message>
        <source>Print the notes written in the context</source>
        <translation>طباعة الملاحظات المكتوبة في السياق</translation>
    </message>
    <message>
        <source>&amp;Context:</source>
        <translation>ال&amp;سياق:</translation>
    </message>
    <message>
        <source>There is no saved context yet: build one under My contexts to export its briefing.</source>
        <translation>لا يوجد سياق محفوظ بعد: ابنِ سياقاً في «سياقاتي» لتصدير إحاطته.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>الملف</translation>
    </message>
    <message>
        <source>Where the PDF is saved</source>
        <translation>مكان حفظ ملف PDF</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>ا&amp;ختيار…</translation>
    </message>
    <message>
        <source>Choose the file</source>
        <translation>اختيار الملف</translation>
    </message>
    <message>
        <source>Choose the folder and name of the PDF</source>
        <translation>اختيار مجلد ملف PDF واسمه</translation>
    </message>
    <message>
        <source>&amp;Document:</source>
        <translation>ال&amp;وثيقة:</translation>
    </message>
    <message>
        <source>C&amp;ategory:</source>
        <translation>ال&amp;فئة:</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>الو&amp;رق:</translation>
    </message>
    <message>
        <source>Poster pape&amp;r:</source>
        <translation>ورق المل&amp;صق:</translation>
    </message>
    <message>
        <source>Sensiti&amp;vity:</source>
        <translation>درجة ال&amp;حساسية:</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>ال&amp;ملف:</translation>
    </message>
    <message>
        <source>Choose where to save the PDF.</source>
        <translation>اختر مكان حفظ ملف PDF.</translation>
    </message>
    <message>
        <source>Save the PDF as</source>
        <translation>حفظ ملف PDF باسم</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>مستندات PDF ‏(*.pdf)</translation>
    </message>
</context>
<context>
    <name>Glossary</name>
    <message>
        <source>Also: {names}</source>
        <translation>أيضاً: {names}</translation>
    </message>
    <message>
        <source>Jump to a letter</source>
        <translation>الانتقال إلى حرف</translation>
    </message>
    <message>
        <source>Terms starting with {letter}</source>
        <translation>المصطلحات التي تبدأ بحرف {letter}</translation>
    </message>
    <message>
        <source>Terms starting with a digit or symbol</source>
        <translation>المصطلحات التي تبدأ برقم أو رمز</translation>
    </message>
    <message>
        <source>Filter terms</source>
        <translation>تصفية المصطلحات</translation>
    </message>
    <message>
        <source>Show only the terms that contain these words</source>
        <translation>عرض المصطلحات التي تحتوي على هذه الكلمات فقط</translation>
    </message>
    <message>
        <source>Terms</source>
        <translation>المصطلحات</translation>
    </message>
    <message>
        <source>The glossary terms A to Z; choose one to read it</source>
        <translation>مصطلحات المسرد مرتبة أبجدياً؛ اختر أحدها لقراءته</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>المصطلح</translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation>ال&amp;تصفية:</translation>
    </message>
    <message>
        <source>Glossary handout as P&amp;DF…</source>
        <translation>مسرد للتوزيع بصيغة &amp;PDF…</translation>
    </message>
    <message>
        <source>Export every term, A to Z, as a PDF to print and hand out</source>
        <translation>تصدير كل المصطلحات مرتبة أبجدياً في ملف PDF للطباعة والتوزيع</translation>
    </message>
    <message>
        <source>{shown} of {total} terms</source>
        <translation>{shown} من {total} مصطلحاً</translation>
    </message>
    <message>
        <source>PIM Desk&apos;s glossary</source>
        <translation>مسرد PIM Desk</translation>
    </message>
    <message>
        <source>The endorsed Common PIM Terminology (§5 of the source) is a separate document that PIM Desk does not carry: these are PIM Desk&apos;s own definitions, each marked with where it comes from.</source>
        <translation>المصطلحات المشتركة لإدارة معلومات الحماية المعتمدة (§5 من المصدر) وثيقة منفصلة لا يتضمنها PIM Desk: هذه تعريفات PIM Desk نفسه، وكل تعريف معلَّم بمصدره.</translation>
    </message>
    <message>
        <source>Choose a term on the left, type to filter the list, or jump to a letter. Terms in any page of PIM Desk are links to this glossary.</source>
        <translation>اختر مصطلحاً من القائمة، أو اكتب لتصفيتها، أو انتقل إلى حرف. المصطلحات في أي صفحة من PIM Desk روابط إلى هذا المسرد.</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Agreed and endorsed</source>
        <translation>متفق عليها ومعتمدة</translation>
    </message>
    <message>
        <source>Agreed, further work needed</source>
        <translation>متفق عليها، ويلزم مزيد من العمل</translation>
    </message>
    <message>
        <source>Objective agreed, definition not agreed</source>
        <translation>الهدف متفق عليه، والتعريف غير متفق عليه</translation>
    </message>
    <message>
        <source>Definition not agreed, title and scope under review</source>
        <translation>التعريف غير متفق عليه، والعنوان والنطاق قيد المراجعة</translation>
    </message>
    <message>
        <source>Spirit endorsed, not counted as agreed</source>
        <translation>روحها معتمدة، ولا تُعدّ متفقاً عليها</translation>
    </message>
    <message>
        <source>Definition not agreed</source>
        <translation>التعريف غير متفق عليه</translation>
    </message>
    <message>
        <source>Must have</source>
        <translation>ضروري</translation>
    </message>
    <message>
        <source>Nice to have</source>
        <translation>مستحسن</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>الفئات</translation>
    </message>
    <message>
        <source>Glossary</source>
        <translation>المسرد</translation>
    </message>
    <message>
        <source>Matrix</source>
        <translation>المصفوفة</translation>
    </message>
    <message>
        <source>Matrix rows</source>
        <translation>صفوف المصفوفة</translation>
    </message>
    <message>
        <source>Scenarios</source>
        <translation>السيناريوهات</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>الأسئلة</translation>
    </message>
    <message>
        <source>Principles</source>
        <translation>المبادئ</translation>
    </message>
    <message>
        <source>Data sharing</source>
        <translation>تبادل البيانات</translation>
    </message>
    <message>
        <source>Access framework</source>
        <translation>إطار الوصول</translation>
    </message>
    <message>
        <source>About PIM</source>
        <translation>عن إدارة معلومات الحماية</translation>
    </message>
    <message>
        <source>Relationships</source>
        <translation>العلاقات</translation>
    </message>
    <message>
        <source>Merged categories</source>
        <translation>الفئات المدمجة</translation>
    </message>
    <message>
        <source>{first} comes before {second}</source>
        <translation>{first} تسبق {second}</translation>
    </message>
    <message>
        <source>{first} complements {second}</source>
        <translation>{first} تكمّل {second}</translation>
    </message>
    <message>
        <source>{first} feeds {second}</source>
        <translation>{first} تغذّي {second}</translation>
    </message>
    <message>
        <source>{first} overlaps with {second}</source>
        <translation>{first} تتداخل مع {second}</translation>
    </message>
    <message>
        <source>{first} and {second}</source>
        <translation>{first} و{second}</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>البداية</translation>
    </message>
    <message>
        <source>My contexts</source>
        <translation>سياقاتي</translation>
    </message>
    <message>
        <source>Your contexts: your team&apos;s selection of PIM categories for an operation</source>
        <translation>سياقاتك: اختيار فريقك لفئات إدارة معلومات الحماية لعملية ما</translation>
    </message>
    <message>
        <source>Bookmarks</source>
        <translation>الإشارات المرجعية</translation>
    </message>
    <message>
        <source>Where to start, and the pages you viewed last</source>
        <translation>من أين تبدأ، وآخر الصفحات التي عرضتها</translation>
    </message>
    <message>
        <source>The PIM Matrix: categories by elements, by row, or by the data you need</source>
        <translation>مصفوفة إدارة معلومات الحماية: الفئات حسب العناصر أو حسب الصف أو حسب البيانات التي تحتاجها</translation>
    </message>
    <message>
        <source>The eight PIM categories and their status</source>
        <translation>فئات إدارة معلومات الحماية الثماني ووضعها</translation>
    </message>
    <message>
        <source>PIM Desk&apos;s glossary, A to Z</source>
        <translation>مسرد PIM Desk مرتباً أبجدياً</translation>
    </message>
    <message>
        <source>The principles that guide all PIM work</source>
        <translation>المبادئ التي توجّه كل عمل في إدارة معلومات الحماية</translation>
    </message>
    <message>
        <source>What data each kind of situation needs</source>
        <translation>البيانات التي يحتاجها كل نوع من الأوضاع</translation>
    </message>
    <message>
        <source>Data-sharing challenges and how to reduce them</source>
        <translation>تحديات تبادل البيانات وكيفية الحد منها</translation>
    </message>
    <message>
        <source>The humanitarian access framework</source>
        <translation>إطار الوصول الإنساني</translation>
    </message>
    <message>
        <source>What PIM is: its definition, vision, mission and results</source>
        <translation>ما هي إدارة معلومات الحماية: تعريفها ورؤيتها ورسالتها ونتائجها</translation>
    </message>
    <message>
        <source>Your bookmarks and the pages you viewed recently</source>
        <translation>إشاراتك المرجعية والصفحات التي عرضتها مؤخراً</translation>
    </message>
    <message>
        <source>Definition of PIM</source>
        <translation>تعريف إدارة معلومات الحماية</translation>
    </message>
    <message>
        <source>Vision</source>
        <translation>الرؤية</translation>
    </message>
    <message>
        <source>Mission</source>
        <translation>الرسالة</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>الأهداف</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>النتائج</translation>
    </message>
    <message>
        <source>The PIM Matrix</source>
        <translation>مصفوفة إدارة معلومات الحماية</translation>
    </message>
    <message>
        <source>Why categories</source>
        <translation>لماذا الفئات</translation>
    </message>
    <message>
        <source>The PIM process</source>
        <translation>عملية إدارة معلومات الحماية</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>الخطوات التالية</translation>
    </message>
    <message>
        <source>About the source document</source>
        <translation>عن الوثيقة المصدر</translation>
    </message>
    <message>
        <source>What was agreed</source>
        <translation>ما تم الاتفاق عليه</translation>
    </message>
    <message>
        <source>Reading the source</source>
        <translation>قراءة المصدر</translation>
    </message>
    <message>
        <source>Questions the source leaves open</source>
        <translation>أسئلة يتركها المصدر مفتوحة</translation>
    </message>
    <message>
        <source>Before sharing: the footnote 7 checklist</source>
        <translation>قبل المشاركة: قائمة التحقق في الحاشية 7</translation>
    </message>
    <message>
        <source>Documents referenced but not carried</source>
        <translation>وثائق مُشار إليها ولكنها غير مُدرجة</translation>
    </message>
    <message>
        <source>Partly agreed</source>
        <translation>متفق عليه جزئياً</translation>
    </message>
    <message>
        <source>Not agreed</source>
        <translation>غير متفق عليه</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>&amp;Language</source>
        <translation>ال&amp;لغة</translation>
    </message>
    <message>
        <source>Use PIM Desk in {language}</source>
        <translation>استخدام PIM Desk باللغة {language}</translation>
    </message>
    <message>
        <source>PIM Desk will be in {language} the next time it starts.</source>
        <translation>سيظهر PIM Desk باللغة {language} عند تشغيله في المرة القادمة.</translation>
    </message>
    <message>
        <source>Restart now? Your work is saved as you go.</source>
        <translation>هل تريد إعادة التشغيل الآن؟ يُحفظ عملك أولاً بأول.</translation>
    </message>
    <message>
        <source>&amp;Restart now</source>
        <translation>إعادة التشغيل ال&amp;آن</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;لاحقاً</translation>
    </message>
</context>
<context>
    <name>Matrix</name>
    <message>
        <source>e.g.</source>
        <translation>مثال:</translation>
    </message>
    <message>
        <source>… and {count} more: open the cell</source>
        <translation>… و{count} غيرها: افتح الخلية</translation>
    </message>
    <message>
        <source>{category}: {element} ({sources}). Press Enter to open the cell.</source>
        <translation>{category}: {element} ({sources}). اضغط Enter لفتح الخلية.</translation>
    </message>
    <message>
        <source>{name}: {status}. Definition: {provenance}. Click to open the category.</source>
        <translation>{name}: {status}. التعريف: {provenance}. انقر لفتح الفئة.</translation>
    </message>
    <message>
        <source>{name}: click to see this row for every category.</source>
        <translation>{name}: انقر لعرض هذا الصف لكل فئة.</translation>
    </message>
</context>
<context>
    <name>MatrixPage</name>
    <message>
        <source>Ways into the PIM Matrix</source>
        <translation>طرق الدخول إلى مصفوفة إدارة معلومات الحماية</translation>
    </message>
    <message>
        <source>PIM Matrix</source>
        <translation>مصفوفة إدارة معلومات الحماية</translation>
    </message>
    <message>
        <source>Rows are the elements, columns the categories. Press Enter to open a cell.</source>
        <translation>الصفوف هي العناصر والأعمدة هي الفئات. اضغط Enter لفتح خلية.</translation>
    </message>
    <message>
        <source>&amp;Grid: by category</source>
        <translation>ال&amp;شبكة: حسب الفئة</translation>
    </message>
    <message>
        <source>&amp;What data do I need?</source>
        <translation>&amp;ما البيانات التي أحتاجها؟</translation>
    </message>
    <message>
        <source>Categories across, elements down</source>
        <translation>الفئات في الأعمدة والعناصر في الصفوف</translation>
    </message>
    <message>
        <source>Start from a question or a data need</source>
        <translation>ابدأ من سؤال أو من حاجة إلى بيانات</translation>
    </message>
    <message>
        <source>Matrix row</source>
        <translation>صف المصفوفة</translation>
    </message>
    <message>
        <source>The row to show for every category</source>
        <translation>الصف المراد عرضه لكل فئة</translation>
    </message>
    <message>
        <source>Show for every category</source>
        <translation>العرض لكل فئة</translation>
    </message>
    <message>
        <source>By &amp;row:</source>
        <translation>حسب ال&amp;صف:</translation>
    </message>
    <message>
        <source>Press Enter on a cell (or double-click it) to read it in full; click a category&apos;s name to open the category.</source>
        <translation>اضغط Enter على خلية (أو انقر عليها نقراً مزدوجاً) لقراءتها كاملة؛ وانقر على اسم فئة لفتحها.</translation>
    </message>
    <message>
        <source>&amp;Fit all categories</source>
        <translation>&amp;ملاءمة كل الفئات</translation>
    </message>
    <message>
        <source>Fit all categories</source>
        <translation>ملاءمة كل الفئات</translation>
    </message>
    <message>
        <source>Show the eight categories side by side in the window&apos;s width</source>
        <translation>عرض الفئات الثماني جنبًا إلى جنب في عرض النافذة</translation>
    </message>
    <message>
        <source>What data do I need?</source>
        <translation>ما البيانات التي أحتاجها؟</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <source>Notice</source>
        <translation>تنبيه</translation>
    </message>
    <message>
        <source>&amp;Dismiss</source>
        <translation>ت&amp;جاهل</translation>
    </message>
    <message>
        <source>Dismiss the notice</source>
        <translation>تجاهل التنبيه</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>ملاحظة:</translation>
    </message>
</context>
<context>
    <name>Needs</name>
    <message>
        <source>Question</source>
        <translation>سؤال</translation>
    </message>
    <message>
        <source>Guiding questions</source>
        <translation>الأسئلة التوجيهية</translation>
    </message>
    <message>
        <source>A guiding question; opens the categories that answer it</source>
        <translation>سؤال توجيهي؛ يفتح الفئات التي تجيب عنه</translation>
    </message>
    <message>
        <source>{priority} in the scenario {scenario}</source>
        <translation>{priority} في سيناريو {scenario}</translation>
    </message>
    <message>
        <source>{priority}: {scenario}</source>
        <translation>{priority}: {scenario}</translation>
    </message>
    <message>
        <source>[Must have]</source>
        <translation>[ضروري]</translation>
    </message>
    <message>
        <source>[Nice to have]</source>
        <translation>[مستحسن]</translation>
    </message>
    <message>
        <source>[Question]</source>
        <translation>[سؤال]</translation>
    </message>
    <message>
        <source>[Your words]</source>
        <translation>[بكلماتك]</translation>
    </message>
    <message>
        <source>[Picked earlier]</source>
        <translation>[اختير سابقاً]</translation>
    </message>
    <message>
        <source>In your own words</source>
        <translation>بكلماتك</translation>
    </message>
    <message>
        <source>Picked earlier</source>
        <translation>اختير سابقاً</translation>
    </message>
    <message>
        <source>Data and information you need</source>
        <translation>البيانات والمعلومات التي تحتاجها</translation>
    </message>
    <message>
        <source>The scenario&apos;s must-have and nice-to-have items and the guiding questions; Space checks what your team needs, Enter opens its page</source>
        <translation>بنود السيناريو الضرورية والمستحسنة والأسئلة التوجيهية؛ تحدد المسافة ما يحتاجه فريقك، ويفتح Enter صفحته</translation>
    </message>
    <message>
        <source>A need in your own words</source>
        <translation>حاجة بكلماتك</translation>
    </message>
    <message>
        <source>Your own need</source>
        <translation>حاجتك الخاصة</translation>
    </message>
    <message>
        <source>Type a need that is not in the list, then press Enter to add it</source>
        <translation>اكتب حاجة غير موجودة في القائمة، ثم اضغط Enter لإضافتها</translation>
    </message>
    <message>
        <source>&amp;Add need</source>
        <translation>إ&amp;ضافة الحاجة</translation>
    </message>
    <message>
        <source>Add the need typed beside it to the list, checked</source>
        <translation>إضافة الحاجة المكتوبة بجانبه إلى القائمة، محدَّدة</translation>
    </message>
    <message>
        <source>What data and information does your team need? Check the items and questions that apply, or add your own: the suggestions follow what you check.</source>
        <translation>ما البيانات والمعلومات التي يحتاجها فريقك؟ حدد البنود والأسئلة التي تنطبق، أو أضف ما يخصك: تتبع الاقتراحات ما تحدده.</translation>
    </message>
    <message>
        <source>&amp;Your own:</source>
        <translation>&amp;حاجتك:</translation>
    </message>
    <message>
        <source>A need can have at most 500 characters.</source>
        <translation>يمكن أن تتكون الحاجة من 500 حرف على الأكثر.</translation>
    </message>
    <message>
        <source>Type the need first.</source>
        <translation>اكتب الحاجة أولاً.</translation>
    </message>
</context>
<context>
    <name>NeedsPanel</name>
    <message>
        <source>Filter questions and needs</source>
        <translation>تصفية الأسئلة والاحتياجات</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>التصفية</translation>
    </message>
    <message>
        <source>Show only the questions and needs with these words</source>
        <translation>عرض الأسئلة والاحتياجات التي تحتوي على هذه الكلمات فقط</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>السيناريو</translation>
    </message>
    <message>
        <source>Show the needs of one scenario only</source>
        <translation>عرض احتياجات سيناريو واحد فقط</translation>
    </message>
    <message>
        <source>Every scenario</source>
        <translation>كل السيناريوهات</translation>
    </message>
    <message>
        <source>Questions and data needs</source>
        <translation>الأسئلة واحتياجات البيانات</translation>
    </message>
    <message>
        <source>Choose one to see the categories that produce it</source>
        <translation>اختر أحدها لعرض الفئات التي تنتجه</translation>
    </message>
    <message>
        <source>Categories that produce it</source>
        <translation>الفئات التي تنتجه</translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation>ال&amp;تصفية:</translation>
    </message>
    <message>
        <source>&amp;Scenario:</source>
        <translation>ال&amp;سيناريو:</translation>
    </message>
    <message>
        <source>Start from what you need to know: choose a question or a data need to see which categories produce it.</source>
        <translation>ابدأ مما تحتاج إلى معرفته: اختر سؤالاً أو حاجة إلى بيانات لترى الفئات التي تنتجها.</translation>
    </message>
    <message>
        <source>Choose a question or a data need on the left.</source>
        <translation>اختر سؤالاً أو حاجة إلى بيانات من القائمة.</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <source>Status: {status}.</source>
        <translation>الوضع: {status}.</translation>
    </message>
    <message>
        <source>e.g.</source>
        <translation>مثال:</translation>
    </message>
    <message>
        <source>(conditions: {names})</source>
        <translation>(الشروط: {names})</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>الفئات</translation>
    </message>
    <message>
        <source>Each PIM category is a kind of protection information system. Each does something different and none does everything: choose the combination your context needs.</source>
        <translation>كل فئة من فئات إدارة معلومات الحماية نوع من أنظمة معلومات الحماية. لكل منها عمل مختلف ولا تقوم أي منها بكل شيء: اختر المزيج الذي يحتاجه سياقك.</translation>
    </message>
    <message>
        <source>{name} is now part of {target}.</source>
        <translation>أصبحت {name} الآن جزءاً من {target}.</translation>
    </message>
    <message>
        <source>Start a context with this scenario</source>
        <translation>ابدأ سياقاً بهذا السيناريو</translation>
    </message>
    <message>
        <source>Start a context from this</source>
        <translation>ابدأ سياقاً من هنا</translation>
    </message>
    <message>
        <source>Formerly called: {names}</source>
        <translation>كانت تُسمى سابقاً: {names}</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>المصادر</translation>
    </message>
    <message>
        <source>Definition</source>
        <translation>التعريف</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>الغرض</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>الشرح</translation>
    </message>
    <message>
        <source>In the PIM Matrix</source>
        <translation>في مصفوفة إدارة معلومات الحماية</translation>
    </message>
    <message>
        <source>How it works with other categories</source>
        <translation>كيف تعمل مع الفئات الأخرى</translation>
    </message>
    <message>
        <source>Scenarios that need it</source>
        <translation>السيناريوهات التي تحتاجها</translation>
    </message>
    <message>
        <source>{name}: merged into this category</source>
        <translation>{name}: مدمجة في هذه الفئة</translation>
    </message>
    <message>
        <source>Related terms</source>
        <translation>مصطلحات ذات صلة</translation>
    </message>
    <message>
        <source>{category}: {element}</source>
        <translation>{category}: {element}</translation>
    </message>
    <message>
        <source>The whole category: {category}. This row for every category: {element}.</source>
        <translation>الفئة كاملة: {category}. هذا الصف لكل فئة: {element}.</translation>
    </message>
    <message>
        <source>Conditions for sharing</source>
        <translation>شروط التبادل</translation>
    </message>
    <message>
        <source>{element}: every category</source>
        <translation>{element}: كل الفئات</translation>
    </message>
    <message>
        <source>Called in later versions of the matrix: {names}</source>
        <translation>تُسمى في الإصدارات اللاحقة من المصفوفة: {names}</translation>
    </message>
    <message>
        <source>Open this cell: {category}</source>
        <translation>فتح هذه الخلية: {category}</translation>
    </message>
    <message>
        <source>Principles</source>
        <translation>المبادئ</translation>
    </message>
    <message>
        <source>The principles that every PIM category and every data exchange follow.</source>
        <translation>المبادئ التي تتبعها كل فئة من فئات إدارة معلومات الحماية وكل تبادل للبيانات.</translation>
    </message>
    <message>
        <source>Later called: {name}</source>
        <translation>سُمي لاحقاً: {name}</translation>
    </message>
    <message>
        <source>Data-sharing challenges where it applies</source>
        <translation>تحديات تبادل البيانات التي ينطبق عليها</translation>
    </message>
    <message>
        <source>All principles</source>
        <translation>كل المبادئ</translation>
    </message>
    <message>
        <source>Data sharing: challenges and mitigations</source>
        <translation>تبادل البيانات: التحديات وتدابير التخفيف</translation>
    </message>
    <message>
        <source>Sharing protection data helps the response and can harm the people it is about. Each challenge below comes with ways to reduce it.</source>
        <translation>يساعد تبادل بيانات الحماية الاستجابة، وقد يضر بالأشخاص الذين تتعلق بهم. ويرافق كل تحدٍّ أدناه سبل للحد منه.</translation>
    </message>
    <message>
        <source>Mitigations</source>
        <translation>تدابير التخفيف</translation>
    </message>
    <message>
        <source>Principles at stake</source>
        <translation>المبادئ المعنية</translation>
    </message>
    <message>
        <source>Categories most concerned</source>
        <translation>الفئات الأكثر تأثراً</translation>
    </message>
    <message>
        <source>All challenges</source>
        <translation>كل التحديات</translation>
    </message>
    <message>
        <source>Humanitarian access framework</source>
        <translation>إطار الوصول الإنساني</translation>
    </message>
    <message>
        <source>The dimensions and variables that Security and Situational Awareness uses to describe humanitarian access.</source>
        <translation>الأبعاد والمتغيرات التي تستخدمها فئة الأمن والوعي بالوضع لوصف الوصول الإنساني.</translation>
    </message>
    <message>
        <source>See also: {link}</source>
        <translation>انظر أيضاً: {link}</translation>
    </message>
    <message>
        <source>About PIM</source>
        <translation>عن إدارة معلومات الحماية</translation>
    </message>
    <message>
        <source>Under consideration</source>
        <translation>قيد النظر</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>البداية</translation>
    </message>
    <message>
        <source>PIM Desk carries the Protection Information Management (PIM) framework: the PIM Matrix, PIM Desk&apos;s glossary, the principles, the scenarios and the data-sharing guidance. Everything works offline. Press Ctrl+K to search anything.</source>
        <translation>يتضمن PIM Desk إطار إدارة معلومات الحماية (PIM): مصفوفة إدارة معلومات الحماية، ومسرد PIM Desk، والمبادئ، والسيناريوهات، وإرشادات تبادل البيانات. كل شيء يعمل دون اتصال بالإنترنت. اضغط Ctrl+K للبحث عن أي شيء.</translation>
    </message>
    <message>
        <source>Welcome to PIM Desk</source>
        <translation>مرحباً بك في PIM Desk</translation>
    </message>
    <message>
        <source>Where to start</source>
        <translation>من أين تبدأ</translation>
    </message>
    <message>
        <source>Recently viewed</source>
        <translation>ما عُرض مؤخراً</translation>
    </message>
    <message>
        <source>What does each category produce? {link}</source>
        <translation>ماذا تنتج كل فئة؟ {link}</translation>
    </message>
    <message>
        <source>Every category&apos;s outputs</source>
        <translation>مخرجات كل فئة</translation>
    </message>
    <message>
        <source>The whole picture: {link}, categories by elements.</source>
        <translation>الصورة الكاملة: {link}، الفئات حسب العناصر.</translation>
    </message>
    <message>
        <source>the PIM Matrix</source>
        <translation>مصفوفة إدارة معلومات الحماية</translation>
    </message>
    <message>
        <source>What does a word mean? {link}</source>
        <translation>ما معنى كلمة ما؟ {link}</translation>
    </message>
    <message>
        <source>The glossary, A to Z</source>
        <translation>المسرد مرتباً أبجدياً</translation>
    </message>
    <message>
        <source>Which categories does my situation need? {links}</source>
        <translation>ما الفئات التي يحتاجها وضعي؟ {links}</translation>
    </message>
    <message>
        <source>Which categories does my team need here, and why? {link}</source>
        <translation>ما الفئات التي يحتاج إليها فريقي هنا، ولماذا؟ {link}</translation>
    </message>
    <message>
        <source>Build a context</source>
        <translation>بناء سياق</translation>
    </message>
    <message>
        <source>What data do I need? {link}</source>
        <translation>ما البيانات التي أحتاجها؟ {link}</translation>
    </message>
    <message>
        <source>Questions and data needs</source>
        <translation>الأسئلة واحتياجات البيانات</translation>
    </message>
    <message>
        <source>How to share data safely: {link}</source>
        <translation>كيف تتبادل البيانات بأمان: {link}</translation>
    </message>
    <message>
        <source>Data sharing</source>
        <translation>تبادل البيانات</translation>
    </message>
    <message>
        <source>What PIM is: {link} and {principles}</source>
        <translation>ما هي إدارة معلومات الحماية: {link} و{principles}</translation>
    </message>
    <message>
        <source>the principles</source>
        <translation>المبادئ</translation>
    </message>
    <message>
        <source>English</source>
        <translation>بالإنجليزية</translation>
    </message>
    <message>
        <source>Every text says where it comes from: a section in brackets is the source document&apos;s content in PIM Desk&apos;s words; PIM Desk&apos;s note on a section is its explanation around a passage that only mentions the subject; PIM Desk&apos;s illustration is PIM Desk&apos;s own example or common practice, not from the source. “e.g.” marks an illustrative example.</source>
        <translation>يبيّن كل نص مصدره: القسم بين قوسين يشير إلى مضمون الوثيقة المصدر بكلمات PIM Desk؛ وملاحظة PIM Desk على قسم ما هي شرحه حول مقطع لا يذكر الموضوع إلا ذكراً؛ وتوضيح PIM Desk هو مثال أو ممارسة شائعة من عند PIM Desk لا يأتي من المصدر. وتشير «مثال:» إلى مثال توضيحي.</translation>
    </message>
    <message>
        <source>[English] marks content that has not been translated into this language yet: it is shown in English.</source>
        <translation>تشير [بالإنجليزية] إلى محتوى لم يُترجم إلى هذه اللغة بعد: يظهر بالإنجليزية.</translation>
    </message>
    <message>
        <source>Scenarios</source>
        <translation>السيناريوهات</translation>
    </message>
    <message>
        <source>Which data and information a situation needs, and which categories produce them.</source>
        <translation>البيانات والمعلومات التي يحتاجها وضع ما، والفئات التي تنتجها.</translation>
    </message>
    <message>
        <source>Categories this scenario needs</source>
        <translation>الفئات التي يحتاجها هذا السيناريو</translation>
    </message>
    <message>
        <source>Data and information needed</source>
        <translation>البيانات والمعلومات المطلوبة</translation>
    </message>
    <message>
        <source>Guiding questions</source>
        <translation>الأسئلة التوجيهية</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <source>Asked in: {names}</source>
        <translation>مطروح في: {names}</translation>
    </message>
    <message>
        <source>{priority} in {scenario}</source>
        <translation>{priority} في {scenario}</translation>
    </message>
    <message>
        <source>Categories that produce it</source>
        <translation>الفئات التي تنتجه</translation>
    </message>
    <message>
        <source>Its output:</source>
        <translation>مخرجاته:</translation>
    </message>
    <message>
        <source>Also: {names}</source>
        <translation>أيضاً: {names}</translation>
    </message>
    <message>
        <source>Definitions</source>
        <translation>التعريفات</translation>
    </message>
</context>
<context>
    <name>PersonalData</name>
    <message>
        <source>The briefing would print what looks like personal data.</source>
        <translation>ستطبع الإحاطة ما يبدو أنه بيانات شخصية.</translation>
    </message>
    <message>
        <source>The file would carry what looks like personal data to whoever gets it.</source>
        <translation>سينقل الملف ما يبدو أنه بيانات شخصية إلى كل من يتلقاه.</translation>
    </message>
    <message>
        <source>PIM Desk is not meant to hold personal data of affected people.</source>
        <translation>لم يُصمَّم PIM Desk لحفظ البيانات الشخصية للأشخاص المتضررين.</translation>
    </message>
    <message>
        <source>… and {count} more.</source>
        <translation>… و{count} غيرها.</translation>
    </message>
    <message>
        <source>Go on only if this may leave the computer; otherwise cancel, then edit the text or leave it out.</source>
        <translation>لا تتابع إلا إذا جاز أن يغادر هذا الحاسوب؛ وإلا فألغِ، ثم عدّل النص أو استبعده.</translation>
    </message>
    <message>
        <source>&amp;Proceed anyway</source>
        <translation>ال&amp;متابعة على أي حال</translation>
    </message>
    <message>
        <source>Personal data warning</source>
        <translation>تحذير بشأن البيانات الشخصية</translation>
    </message>
    <message>
        <source>{what}: {text}</source>
        <translation>{what}: {text}</translation>
    </message>
    <message>
        <source>This looks like personal data ({found}). PIM Desk is not meant to hold personal data of affected people: consider removing it.</source>
        <translation>يبدو أن هذا بيانات شخصية ({found}). لم يُصمَّم PIM Desk لحفظ البيانات الشخصية للأشخاص المتضررين: فكّر في حذفها.</translation>
    </message>
</context>
<context>
    <name>Progress</name>
    <message>
        <source>Collecting the content</source>
        <translation>جمع المحتوى</translation>
    </message>
    <message>
        <source>Laying out the pages</source>
        <translation>تنسيق الصفحات</translation>
    </message>
    <message>
        <source>Saving the file</source>
        <translation>حفظ الملف</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>محفوظ</translation>
    </message>
    <message>
        <source>Checking the pack: its files, manifest and signature</source>
        <translation>فحص الحزمة: ملفاتها وبيانها وتوقيعها</translation>
    </message>
    <message>
        <source>Unpacking the content</source>
        <translation>فك حزمة المحتوى</translation>
    </message>
    <message>
        <source>Validating the content</source>
        <translation>التحقق من صحة المحتوى</translation>
    </message>
    <message>
        <source>Building the reference database</source>
        <translation>بناء قاعدة البيانات المرجعية</translation>
    </message>
    <message>
        <source>Switching to the new content</source>
        <translation>التحول إلى المحتوى الجديد</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>تم</translation>
    </message>
</context>
<context>
    <name>Reasons</name>
    <message>
        <source>Tier: {tier}</source>
        <translation>المستوى: {tier}</translation>
    </message>
    <message>
        <source>Add it when {condition}.</source>
        <translation>أضِفها عندما: {condition}.</translation>
    </message>
    <message>
        <source>Suggested first: a contextual risk analysis comes before any response.</source>
        <translation>مقترحة أولاً: يسبق تحليلُ المخاطر السياقي أيَّ استجابة.</translation>
    </message>
    <message>
        <source>First</source>
        <translation>أولاً</translation>
    </message>
    <message>
        <source>Comes before 1 category:</source>
        <translation>تسبق فئة واحدة:</translation>
    </message>
    <message>
        <source>Comes before {n} categories:</source>
        <translation>تسبق {n} من الفئات:</translation>
    </message>
    <message>
        <source>Produces a must-have item of the scenario:</source>
        <translation>تنتج بنداً ضرورياً في السيناريو:</translation>
    </message>
    <message>
        <source>Produces {n} must-have items of the scenario:</source>
        <translation>تنتج {n} من البنود الضرورية في السيناريو:</translation>
    </message>
    <message>
        <source>Produces a nice-to-have item of the scenario:</source>
        <translation>تنتج بنداً مستحسناً في السيناريو:</translation>
    </message>
    <message>
        <source>Produces {n} nice-to-have items of the scenario:</source>
        <translation>تنتج {n} من البنود المستحسنة في السيناريو:</translation>
    </message>
    <message>
        <source>Answers {n} of the needs you picked:</source>
        <translation>تلبي {n} من الاحتياجات التي اخترتها:</translation>
    </message>
    <message>
        <source>Works with 1 category this context needs:</source>
        <translation>تعمل مع فئة واحدة يحتاجها هذا السياق:</translation>
    </message>
    <message>
        <source>Works with {n} categories this context needs:</source>
        <translation>تعمل مع {n} من الفئات التي يحتاجها هذا السياق:</translation>
    </message>
    <message>
        <source>how they work together</source>
        <translation>كيف تعمل معاً</translation>
    </message>
    <message>
        <source>(not in the current content)</source>
        <translation>(غير موجود في المحتوى الحالي)</translation>
    </message>
    <message>
        <source>A gap to fill</source>
        <translation>فجوة يجب سدها</translation>
    </message>
    <message>
        <source>Needed, but no system of this category operates here.</source>
        <translation>مطلوبة، لكن لا يوجد هنا نظام قائم من هذه الفئة.</translation>
    </message>
    <message>
        <source>Needed, and it is not known whether a system of this category operates here: find out.</source>
        <translation>مطلوبة، ولا يُعرف إن كان هنا نظام قائم من هذه الفئة: تحقق من ذلك.</translation>
    </message>
    <message>
        <source>Already here</source>
        <translation>قائم بالفعل</translation>
    </message>
    <message>
        <source>A system of this category already operates here: build on it and share its data.</source>
        <translation>يوجد هنا نظام قائم من هذه الفئة: ابنِ عليه وتبادل بياناته.</translation>
    </message>
    <message>
        <source>Planned here</source>
        <translation>مخطط له هنا</translation>
    </message>
    <message>
        <source>A system of this category is planned here: check that it will come in time.</source>
        <translation>يُخطط هنا لنظام من هذه الفئة: تحقق من أنه سيصل في الوقت المناسب.</translation>
    </message>
    <message>
        <source>This category is not in the current content: a content update removed or renamed it. Your decision and notes on it are kept.</source>
        <translation>هذه الفئة غير موجودة في المحتوى الحالي: حذفها تحديث للمحتوى أو غيّر اسمها. قرارك وملاحظاتك بشأنها محفوظة.</translation>
    </message>
    <message>
        <source>The rules do not suggest this category for this context: your team added it.</source>
        <translation>لا تقترح القواعد هذه الفئة لهذا السياق: أضافها فريقك.</translation>
    </message>
</context>
<context>
    <name>SaveConflict</name>
    <message>
        <source>Your changes to “{name}” were not saved.</source>
        <translation>لم تُحفظ تغييراتك على «{name}».</translation>
    </message>
    <message>
        <source>Keep theirs shows the stored version and drops your changes; Save mine as a copy keeps both.</source>
        <translation>«الإبقاء على نسختهم» يعرض النسخة المحفوظة ويتخلى عن تغييراتك؛ «حفظ نسختي كنسخة منفصلة» يحتفظ بالاثنتين.</translation>
    </message>
    <message>
        <source>Keep theirs</source>
        <translation>الإبقاء على نسختهم</translation>
    </message>
    <message>
        <source>Save mine as a copy</source>
        <translation>حفظ نسختي كنسخة منفصلة</translation>
    </message>
</context>
<context>
    <name>Search</name>
    <message>
        <source>Search PIM (Ctrl+K)</source>
        <translation>البحث في PIM ‏(Ctrl+K)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>بحث</translation>
    </message>
    <message>
        <source>Search categories, the matrix, the glossary and every page. Results appear as you type; use the arrow keys and Enter to open one.</source>
        <translation>ابحث في الفئات والمصفوفة والمسرد وكل الصفحات. تظهر النتائج أثناء الكتابة؛ استخدم مفاتيح الأسهم وEnter لفتح إحداها.</translation>
    </message>
    <message>
        <source>{kind} result; press Enter to open it</source>
        <translation>نتيجة من نوع {kind}؛ اضغط Enter لفتحها</translation>
    </message>
    <message>
        <source>{kind} ({count})</source>
        <translation>{kind} ({count})</translation>
    </message>
    <message>
        <source>Search summary</source>
        <translation>ملخص البحث</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>نتائج البحث</translation>
    </message>
    <message>
        <source>Grouped by kind; press Enter to open a result</source>
        <translation>مجمّعة حسب النوع؛ اضغط Enter لفتح نتيجة</translation>
    </message>
    <message>
        <source>Did you mean: {word}?</source>
        <translation>هل تقصد: {word}؟</translation>
    </message>
    <message>
        <source>No results for “{query}”. Showing results for “{word}”.</source>
        <translation>لا توجد نتائج لـ «{query}». تُعرض النتائج لـ «{word}».</translation>
    </message>
    <message>
        <source>{count} results for “{query}”</source>
        <translation>{count} من النتائج لـ«{query}»</translation>
    </message>
    <message>
        <source>No results for “{query}”. Press Enter to search for “{word}”.</source>
        <translation>لا توجد نتائج لـ«{query}». اضغط Enter للبحث عن «{word}».</translation>
    </message>
    <message>
        <source>No results for “{query}”.</source>
        <translation>لا توجد نتائج لـ«{query}».</translation>
    </message>
</context>
<context>
    <name>Selections</name>
    <message>
        <source>My contexts</source>
        <translation>سياقاتي</translation>
    </message>
</context>
<context>
    <name>StartContext</name>
    <message>
        <source>New context</source>
        <translation>سياق جديد</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>السيناريو</translation>
    </message>
    <message>
        <source>The scenario of the new context: it decides the first tiers</source>
        <translation>سيناريو السياق الجديد: يحدد المستويات الأولى</translation>
    </message>
    <message>
        <source>Choose a scenario…</source>
        <translation>اختر سيناريو…</translation>
    </message>
    <message>
        <source>Which &amp;scenario is this context in?</source>
        <translation>في أي &amp;سيناريو يقع هذا السياق؟</translation>
    </message>
</context>
<context>
    <name>Suggestions</name>
    <message>
        <source>Add when {condition}</source>
        <translation>أضِف عندما: {condition}</translation>
    </message>
    <message>
        <source>Added by your team</source>
        <translation>أضافها فريقك</translation>
    </message>
    <message>
        <source>Suggested first: risk analysis</source>
        <translation>مقترحة أولاً: تحليل المخاطر</translation>
    </message>
    <message>
        <source>Suggested (1 reason)</source>
        <translation>مقترحة (سبب واحد)</translation>
    </message>
    <message>
        <source>Suggested ({n} reasons)</source>
        <translation>مقترحة ({n} من الأسباب)</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>المستوى</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>القرار</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>الأولوية</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>الملاحظات</translation>
    </message>
    <message>
        <source>Why it is suggested</source>
        <translation>سبب اقتراحها</translation>
    </message>
    <message>
        <source>The reasons for the chosen category, with their sources</source>
        <translation>أسباب الفئة المختارة، مع مصادرها</translation>
    </message>
    <message>
        <source>Suggested categories</source>
        <translation>الفئات المقترحة</translation>
    </message>
    <message>
        <source>The categories the rules suggest for this context, first those to put in place first, and those your team added; choose one to see why and decide</source>
        <translation>الفئات التي تقترحها القواعد لهذا السياق، أولاً ما يجب إقامته أولاً، ثم ما أضافه فريقك؛ اختر إحداها لترى السبب وتقرر</translation>
    </message>
    <message>
        <source>Leave the category undecided</source>
        <translation>ترك الفئة دون قرار</translation>
    </message>
    <message>
        <source>Use this category in this context</source>
        <translation>استخدام هذه الفئة في هذا السياق</translation>
    </message>
    <message>
        <source>Do not use this category here</source>
        <translation>عدم استخدام هذه الفئة هنا</translation>
    </message>
    <message>
        <source>To &amp;decide</source>
        <translation>قيد ال&amp;قرار</translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation>&amp;قبول</translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation>&amp;رفض</translation>
    </message>
    <message>
        <source>To decide</source>
        <translation>قيد القرار</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>قبول</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>رفض</translation>
    </message>
    <message>
        <source>How urgently your team wants this category in place</source>
        <translation>مدى استعجال فريقك في إقامة هذه الفئة</translation>
    </message>
    <message>
        <source>Why, who, by when…</source>
        <translation>لماذا، ومن، ومتى…</translation>
    </message>
    <message>
        <source>Notes on the category</source>
        <translation>ملاحظات عن الفئة</translation>
    </message>
    <message>
        <source>Your team&apos;s notes on this category; saved as you type</source>
        <translation>ملاحظات فريقك عن هذه الفئة؛ تُحفظ أثناء الكتابة</translation>
    </message>
    <message>
        <source>Category to add</source>
        <translation>الفئة المراد إضافتها</translation>
    </message>
    <message>
        <source>A category the rules did not suggest, to add by hand</source>
        <translation>فئة لم تقترحها القواعد، لإضافتها يدوياً</translation>
    </message>
    <message>
        <source>Add &amp;by hand</source>
        <translation>الإضافة &amp;يدوياً</translation>
    </message>
    <message>
        <source>Add the chosen category to this context, accepted</source>
        <translation>إضافة الفئة المختارة إلى هذا السياق، مقبولة</translation>
    </message>
    <message>
        <source>Each context needs its own combination of categories. The rules sort them into start here, add when … and not needed now, from the scenario, the data you need, the systems already there and your limits; choose one to see why, then decide.</source>
        <translation>يحتاج كل سياق إلى مجموعته الخاصة من الفئات. ترتّبها القواعد في «ابدأ هنا» و«أضِف عندما …» و«غير مطلوبة الآن»، بحسب السيناريو والبيانات التي تحتاجونها والأنظمة الموجودة وحدودكم؛ اختر واحدة لترى السبب، ثم قرّر.</translation>
    </message>
    <message>
        <source>Add a cate&amp;gory:</source>
        <translation>إضافة &amp;فئة:</translation>
    </message>
    <message>
        <source>Decision:</source>
        <translation>القرار:</translation>
    </message>
    <message>
        <source>&amp;Priority:</source>
        <translation>الأ&amp;ولوية:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>ال&amp;ملاحظات:</translation>
    </message>
    <message>
        <source>Choose a scenario to see the suggested categories.</source>
        <translation>اختر سيناريو لعرض الفئات المقترحة.</translation>
    </message>
    <message>
        <source>Notes can have at most {limit} characters; shorten them to save them.</source>
        <translation>يمكن أن تتكون الملاحظات من {limit} حرفاً على الأكثر؛ اختصرها لحفظها.</translation>
    </message>
</context>
<context>
    <name>Systems</name>
    <message>
        <source>Systems already operating</source>
        <translation>الأنظمة القائمة بالفعل</translation>
    </message>
    <message>
        <source>For each category, whether a PIM system operates in the context</source>
        <translation>لكل فئة، هل يوجد نظام لإدارة معلومات الحماية قائم في السياق</translation>
    </message>
    <message>
        <source>Which PIM systems already operate here? A needed category with no system is a gap to fill; one already operating is something to build on.</source>
        <translation>ما أنظمة إدارة معلومات الحماية القائمة هنا بالفعل؟ الفئة المطلوبة التي لا نظام لها فجوة يجب سدها؛ والنظام القائم أساس يُبنى عليه.</translation>
    </message>
    <message>
        <source>Without a named system: status by category</source>
        <translation>من دون نظام مسمّى: الحالة حسب الفئة</translation>
    </message>
    <message>
        <source>System status: {category}</source>
        <translation>وضع النظام: {category}</translation>
    </message>
    <message>
        <source>Whether a {category} system operates in this context</source>
        <translation>هل يوجد نظام «{category}» قائم في هذا السياق</translation>
    </message>
    <message>
        <source>{badge} Kept from an earlier content version: {lines}</source>
        <translation>{badge} محفوظ من إصدار سابق للمحتوى: {lines}</translation>
    </message>
</context>
<context>
    <name>SystemsMap</name>
    <message>
        <source>System</source>
        <translation>النظام</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>الفئة</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>المنظمة</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Shares</source>
        <translation>يشارك</translation>
    </message>
    <message>
        <source>How often</source>
        <translation>عدد المرات</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>جهة الاتصال</translation>
    </message>
    <message>
        <source>What limits this context?</source>
        <translation>ما الذي يحدّ هذا السياق؟</translation>
    </message>
    <message>
        <source>A limit the suggestions take into account</source>
        <translation>حدّ تأخذه الاقتراحات في الحسبان</translation>
    </message>
    <message>
        <source>Systems map: who runs what</source>
        <translation>خريطة الأنظمة: من يدير ماذا</translation>
    </message>
    <message>
        <source>For example: DTM round 3</source>
        <translation>مثلاً: DTM الجولة 3</translation>
    </message>
    <message>
        <source>System name</source>
        <translation>اسم النظام</translation>
    </message>
    <message>
        <source>The name of the system to add, as the team calls it</source>
        <translation>اسم النظام المراد إضافته كما يسمّيه الفريق</translation>
    </message>
    <message>
        <source>System category</source>
        <translation>فئة النظام</translation>
    </message>
    <message>
        <source>The PIM category the system to add belongs to</source>
        <translation>فئة إدارة معلومات الحماية التي ينتمي إليها النظام المراد إضافته</translation>
    </message>
    <message>
        <source>System status</source>
        <translation>حالة النظام</translation>
    </message>
    <message>
        <source>Whether the system to add is operating, planned or stopped</source>
        <translation>ما إذا كان النظام المراد إضافته قائماً أو مخططاً له أو متوقفاً</translation>
    </message>
    <message>
        <source>Who runs it</source>
        <translation>من يديره</translation>
    </message>
    <message>
        <source>The organisation that runs the system to add</source>
        <translation>المنظمة التي تدير النظام المراد إضافته</translation>
    </message>
    <message>
        <source>What it shares</source>
        <translation>ما الذي يشاركه</translation>
    </message>
    <message>
        <source>The data or information the system shares</source>
        <translation>البيانات أو المعلومات التي يشاركها النظام</translation>
    </message>
    <message>
        <source>How often, e.g. monthly</source>
        <translation>كم مرة، مثلاً شهرياً</translation>
    </message>
    <message>
        <source>How often the system shares it</source>
        <translation>كم مرة يشاركها النظام</translation>
    </message>
    <message>
        <source>Whom to ask</source>
        <translation>بمن يُتّصل</translation>
    </message>
    <message>
        <source>Whom to ask about the system</source>
        <translation>بمن يُتّصل بشأن النظام</translation>
    </message>
    <message>
        <source>Add to the &amp;map</source>
        <translation>أضِف إلى ال&amp;خريطة</translation>
    </message>
    <message>
        <source>Re&amp;move the chosen system</source>
        <translation>أز&amp;ل النظام المختار</translation>
    </message>
    <message>
        <source>Remove the chosen system from the map</source>
        <translation>أزل النظام المختار من الخريطة</translation>
    </message>
    <message>
        <source>Systems on the map</source>
        <translation>الأنظمة على الخريطة</translation>
    </message>
    <message>
        <source>The PIM systems of this operation: who runs what, what it shares and how often</source>
        <translation>أنظمة إدارة معلومات الحماية في هذه العملية: من يدير ماذا، وما الذي يشاركه وكم مرة</translation>
    </message>
    <message>
        <source>System:</source>
        <translation>النظام:</translation>
    </message>
    <message>
        <source>Run by:</source>
        <translation>يديره:</translation>
    </message>
    <message>
        <source>Shares:</source>
        <translation>يشارك:</translation>
    </message>
    <message>
        <source>The map already has a system named “{name}”: choose another.</source>
        <translation>في الخريطة نظام باسم «{name}» بالفعل: اختر اسماً آخر.</translation>
    </message>
    <message>
        <source>Gap: {category} is needed and no system runs it.</source>
        <translation>فجوة: {category} مطلوبة ولا يغطيها أي نظام.</translation>
    </message>
    <message>
        <source>Overlap: {category} is done by {systems}.</source>
        <translation>تداخل: {category} يقوم بها {systems}.</translation>
    </message>
    <message>
        <source>No gaps and no overlaps.</source>
        <translation>لا فجوات ولا تداخلات.</translation>
    </message>
</context>
<context>
    <name>TaskPanel</name>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>التقدم</translation>
    </message>
    <message>
        <source>How far the work has got</source>
        <translation>مدى تقدم العمل</translation>
    </message>
    <message>
        <source>Cance&amp;l</source>
        <translation>إل&amp;غاء</translation>
    </message>
    <message>
        <source>Cancel the work</source>
        <translation>إلغاء العمل</translation>
    </message>
    <message>
        <source>Stop now; nothing is changed</source>
        <translation>التوقف الآن؛ لن يتغير شيء</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>جارٍ الإلغاء…</translation>
    </message>
</context>
<context>
    <name>ToolActions</name>
    <message>
        <source>&amp;Export PDF…</source>
        <translation>&amp;تصدير PDF…</translation>
    </message>
    <message>
        <source>Export a briefing, a category sheet or the glossary (Ctrl+E)</source>
        <translation>تصدير موجز أو بطاقة فئة أو المسرد (Ctrl+E)</translation>
    </message>
    <message>
        <source>&amp;Update content…</source>
        <translation>&amp;تحديث المحتوى…</translation>
    </message>
    <message>
        <source>See the installed content, load a content pack, roll back</source>
        <translation>عرض المحتوى المثبَّت، أو تحميل حزمة محتوى، أو الرجوع إلى السابق</translation>
    </message>
    <message>
        <source>&amp;Check my data…</source>
        <translation>&amp;فحص بياناتي…</translation>
    </message>
    <message>
        <source>Check your data file, back it up or restore a backup</source>
        <translation>فحص ملف بياناتك، أو أخذ نسخة احتياطية منه، أو استعادة نسخة احتياطية</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;أدوات</translation>
    </message>
</context>
<context>
    <name>UserGuide</name>
    <message>
        <source>Browse</source>
        <translation>التصفح</translation>
    </message>
    <message>
        <source>The navigation pane on the left lists the parts of PIM Desk: the PIM Matrix, the categories, the glossary, the scenarios, the principles and the data-sharing guidance. Follow any link; Back and Forward (Alt+Left, Alt+Right) retrace your steps, and Ctrl+D bookmarks a page.</source>
        <translation>تسرد لوحة التنقل على الجانب أجزاء PIM Desk: مصفوفة إدارة معلومات الحماية، والفئات، والمسرد، والسيناريوهات، والمبادئ، وإرشادات تبادل البيانات. اتبع أي رابط؛ ويعيدك «السابق» و«التالي» (Alt+Left وAlt+Right) على خطاك، ويضع Ctrl+D إشارة مرجعية على الصفحة.</translation>
    </message>
    <message>
        <source>Your bookmarks are listed in the Bookmarks menu. Ctrl+Shift+B opens them with recently viewed pages; there, Delete removes the bookmark chosen and Ctrl+Z puts it back.</source>
        <translation>تظهر إشاراتك المرجعية في قائمة الإشارات المرجعية. يفتحها Ctrl+Shift+B مع ما عُرض مؤخراً؛ وهناك يزيل Delete الإشارة المختارة ويعيدها Ctrl+Z.</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>البحث</translation>
    </message>
    <message>
        <source>Type in the search box (Ctrl+K): results appear as you type, the record a word names first. The arrow keys and Enter open a result; Escape returns to your page. A misspelt word is corrected at once, and the corrected word is shown.</source>
        <translation>اكتب في مربع البحث (Ctrl+K): تظهر النتائج أثناء الكتابة، وأولها السجل الذي تسمّيه الكلمة. تفتح مفاتيح الأسهم وEnter نتيجة؛ ويعيدك Escape إلى صفحتك. تُصحَّح الكلمة المكتوبة خطأً فوراً، وتُعرض الكلمة المصحّحة.</translation>
    </message>
    <message>
        <source>Build and share a context</source>
        <translation>بناء سياق ومشاركته</translation>
    </message>
    <message>
        <source>A context is your team&apos;s selection for one operation: its place and scenario, the PIM categories it needs, your decisions, priorities and notes. Ctrl+N starts a new context; PIM Desk suggests categories and says why. Everything is saved as you type.</source>
        <translation>السياق هو اختيار فريقك لعملية واحدة: مكانها وسيناريوها، وفئات إدارة معلومات الحماية التي تحتاجها، وقراراتك وأولوياتك وملاحظاتك. يبدأ Ctrl+N سياقاً جديداً؛ ويقترح PIM Desk فئات ويبيّن السبب. يُحفظ كل شيء أثناء الكتابة.</translation>
    </message>
    <message>
        <source>To share a context, save it as a .pimsel file (a PIM Desk context file) and send it; Ctrl+O imports a context file you received.</source>
        <translation>لمشاركة سياق، احفظه ملفاً بامتداد ‎.pimsel (ملف سياق من PIM Desk) وأرسله؛ ويستورد Ctrl+O ملف سياق تلقيته.</translation>
    </message>
    <message>
        <source>PIM Desk is not meant to hold personal data of affected people. While you type notes, and before a PDF or a file leaves the computer, it says what looks like personal data (names, dates of birth, phone, ID and case numbers); you decide.</source>
        <translation>لم يُصمَّم PIM Desk لحفظ البيانات الشخصية للأشخاص المتضررين. أثناء كتابة الملاحظات، وقبل أن يغادر ملف PDF أو ملف آخر الحاسوب، يبيّن ما يبدو أنه بيانات شخصية (الأسماء، وتواريخ الميلاد، وأرقام الهاتف والهوية والحالات)؛ والقرار لك.</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>التصدير</translation>
    </message>
    <message>
        <source>File → Export PDF… (Ctrl+E) makes a briefing of a context, a sheet of a category or the glossary handout.</source>
        <translation>ملف ← تصدير PDF… (Ctrl+E) يُعدّ إحاطة عن سياق، أو ورقة عن فئة، أو نشرة المسرد.</translation>
    </message>
    <message>
        <source>Update content</source>
        <translation>تحديث المحتوى</translation>
    </message>
    <message>
        <source>Tools → Update content… shows the installed content, checks a content pack (.zip) and what it would change before applying it, and can roll back to the content used before.</source>
        <translation>أدوات ← تحديث المحتوى… يعرض المحتوى المثبّت، ويفحص حزمة محتوى (‎.zip) وما ستغيّره قبل تطبيقها، ويمكنه الرجوع إلى المحتوى المستخدم من قبل.</translation>
    </message>
    <message>
        <source>Choose a change to read its text before and after, with the words removed struck through and the words added underlined. Trust a key… installs the public key (.pem) of a pack&apos;s maker once you have compared its key ID with theirs; packs signed with it are then applied without a warning.</source>
        <translation>اختر تغييراً لتقرأ نصه قبل وبعد، والكلمات المحذوفة مشطوبة والمضافة مسطَّرة. يثبّت «الوثوق بمفتاح…» المفتاح العام (.pem) لمُعدّ الحزمة بعد أن تقارن معرِّف مفتاحه بالمعرِّف الذي لديه؛ وتُطبَّق بعدها الحزم الموقَّعة به دون تحذير.</translation>
    </message>
    <message>
        <source>Check data</source>
        <translation>فحص البيانات</translation>
    </message>
    <message>
        <source>Help → Check my data… checks your data file, backs it up, or restores a backup.</source>
        <translation>مساعدة ← فحص بياناتي… يفحص ملف بياناتك، أو ينسخه احتياطياً، أو يستعيد نسخة احتياطية.</translation>
    </message>
    <message>
        <source>{action}: {keys}</source>
        <translation>{action}: {keys}</translation>
    </message>
    <message>
        <source>{app} user guide</source>
        <translation>دليل استخدام {app}</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>اختصارات لوحة المفاتيح</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>دليل الاستخدام</translation>
    </message>
</context>
<context>
    <name>Window</name>
    <message>
        <source>Sections</source>
        <translation>الأقسام</translation>
    </message>
    <message>
        <source>The parts of PIM Desk; press Enter to open one</source>
        <translation>أقسام PIM Desk؛ اضغط Enter لفتح أحدها</translation>
    </message>
    <message>
        <source>Content {version} of {date}</source>
        <translation>المحتوى {version} بتاريخ ‪{date}‬</translation>
    </message>
    <message>
        <source>Content version</source>
        <translation>إصدار المحتوى</translation>
    </message>
    <message>
        <source>Page not found</source>
        <translation>الصفحة غير موجودة</translation>
    </message>
    <message>
        <source>Bookmarked.</source>
        <translation>أُضيفت الإشارة المرجعية.</translation>
    </message>
    <message>
        <source>Bookmark removed.</source>
        <translation>أُزيلت الإشارة المرجعية.</translation>
    </message>
    <message>
        <source>&amp;Bookmarked</source>
        <translation>عليها إشارة &amp;مرجعية</translation>
    </message>
    <message>
        <source>&amp;Bookmark this page</source>
        <translation>إضافة إشارة &amp;مرجعية لهذه الصفحة</translation>
    </message>
    <message>
        <source>Search — {app}</source>
        <translation>البحث — {app}</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>ال&amp;سابق</translation>
    </message>
    <message>
        <source>Go back (Alt+Left)</source>
        <translation>الرجوع (Alt+السهم الأيسر)</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>ال&amp;تالي</translation>
    </message>
    <message>
        <source>Go forward (Alt+Right)</source>
        <translation>التقدم (Alt+السهم الأيمن)</translation>
    </message>
    <message>
        <source>Start &amp;page</source>
        <translation>صفحة ال&amp;بداية</translation>
    </message>
    <message>
        <source>Go to the start page (Alt+Home)</source>
        <translation>الانتقال إلى صفحة البداية (Alt+Home)</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>ب&amp;حث</translation>
    </message>
    <message>
        <source>Search everything (Ctrl+K or Ctrl+F)</source>
        <translation>البحث في كل شيء (Ctrl+K أو Ctrl+F)</translation>
    </message>
    <message>
        <source>Bookmark this page, or remove its bookmark (Ctrl+D)</source>
        <translation>إضافة إشارة مرجعية لهذه الصفحة أو إزالتها (Ctrl+D)</translation>
    </message>
    <message>
        <source>&amp;Show bookmarks</source>
        <translation>&amp;عرض الإشارات المرجعية</translation>
    </message>
    <message>
        <source>Bookmarks and recently viewed pages</source>
        <translation>الإشارات المرجعية والصفحات المعروضة مؤخراً</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>ت&amp;كبير</translation>
    </message>
    <message>
        <source>Larger text (Ctrl++)</source>
        <translation>نص أكبر (Ctrl++)</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>ت&amp;صغير</translation>
    </message>
    <message>
        <source>Smaller text (Ctrl+-)</source>
        <translation>نص أصغر (Ctrl+-)</translation>
    </message>
    <message>
        <source>&amp;Normal size</source>
        <translation>الحجم ال&amp;عادي</translation>
    </message>
    <message>
        <source>Text at its normal size (Ctrl+0)</source>
        <translation>النص بحجمه العادي (Ctrl+0)</translation>
    </message>
    <message>
        <source>Next &amp;area</source>
        <translation>ال&amp;منطقة التالية</translation>
    </message>
    <message>
        <source>Move between navigation, search and page (F6)</source>
        <translation>التنقل بين الأقسام والبحث والصفحة (F6)</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;دليل الاستخدام</translation>
    </message>
    <message>
        <source>How to use PIM Desk, and its keyboard shortcuts (F1)</source>
        <translation>كيفية استخدام PIM Desk واختصارات لوحة المفاتيح (F1)</translation>
    </message>
    <message>
        <source>&amp;About PIM Desk</source>
        <translation>&amp;حول PIM Desk</translation>
    </message>
    <message>
        <source>Versions of the app and of its content, and the sources</source>
        <translation>إصدارا التطبيق ومحتواه، والمصادر</translation>
    </message>
    <message>
        <source>&amp;Close window</source>
        <translation>إ&amp;غلاق النافذة</translation>
    </message>
    <message>
        <source>Close the PIM Desk window (Ctrl+W)</source>
        <translation>إغلاق نافذة PIM Desk ‏(Ctrl+W)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>إ&amp;نهاء</translation>
    </message>
    <message>
        <source>Close PIM Desk</source>
        <translation>إغلاق PIM Desk</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;عرض</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>ا&amp;نتقال</translation>
    </message>
    <message>
        <source>&amp;Bookmarks</source>
        <translation>الإشارات المر&amp;جعية</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>م&amp;ساعدة</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>التنقل</translation>
    </message>
    <message>
        <source>No bookmarks yet</source>
        <translation>لا توجد إشارات مرجعية بعد</translation>
    </message>
    <message>
        <source>All bookmarks…</source>
        <translation>كل الإشارات المرجعية…</translation>
    </message>
</context>
</TS>
