<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source>ExportForm</source>
        <comment>Document</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ExportForm</source>
        <comment>Which document to export</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ExportForm</source>
        <comment>Selection</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ExportForm</source>
        <comment>The saved selection the briefing is about</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ExportForm</source>
        <comment>Category</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ExportForm</source>
        <comment>The category on the sheet</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ExportForm</source>
        <comment>A4</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ExportForm</source>
        <comment>Letter</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ExportForm</source>
        <comment>Paper</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ExportForm</source>
        <comment>The paper size of the pages</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ExportForm</source>
        <comment>Sensitivity</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ExportForm</source>
        <comment>The sensitivity level printed at the top and bottom of every page</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ExportForm</source>
        <comment>Include the team&apos;s &amp;notes</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ExportForm</source>
        <comment>Include the team&apos;s notes</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ExportForm</source>
        <comment>Print the notes written in the selection</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ExportForm</source>
        <comment>File</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ExportForm</source>
        <comment>Where the PDF is saved</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ExportForm</source>
        <comment>C&amp;hoose…</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ExportForm</source>
        <comment>Choose the file</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ExportForm</source>
        <comment>Choose the folder and name of the PDF</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ExportForm</source>
        <comment>&amp;Document:</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ExportForm</source>
        <comment>&amp;Selection:</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ExportForm</source>
        <comment>C&amp;ategory:</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ExportForm</source>
        <comment>&amp;Paper:</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ExportForm</source>
        <comment>S&amp;ensitivity:</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ExportForm</source>
        <comment>&amp;File:</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>About</name>
    <message>
        <source>About {app}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Protection Information Management (PIM) framework, offline: the PIM Matrix, the Common PIM Terminology, the principles, the scenarios and the data-sharing guidance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title}, version {version} of {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fingerprint: {hash}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Texts marked [editorial] are PIM Desk&apos;s own wording, summaries or examples, not the words of the source.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Software</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qt {qt}, PySide6 {pyside}. Licence: MIT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About this app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>daily</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>taken by you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>before an upgrade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{taken} ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Bookmarks</name>
    <message>
        <source>Bookmarks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your bookmarked pages; Enter opens one, Delete removes it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recently viewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pages you viewed last, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove bookmark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove bookmark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected bookmark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No bookmarks yet: press Ctrl+D on any page to bookmark it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bookmarks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recently &amp;viewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bookmarks and recently viewed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Compare</name>
    <message>
        <source>Not chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>priority {priority}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Different</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare “{left}” and “{right}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: {scenario}, {place}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;only the differences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the differences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide the categories both contexts treat the same way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two contexts side by side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each category&apos;s decision and priority in both contexts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContentChanges</name>
    <message>
        <source>Framework statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matrix element</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sharing condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matrix cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access dimension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data-sharing challenge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Principle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Glossary term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{added} added, {changed} changed, {removed} removed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContentPage</name>
    <message>
        <source>Update content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roll &amp;back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roll back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go back to the content used before the last update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the content update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roll &amp;back to {version}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a content pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content packs (*.zip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the pack…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes: {totals}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updating the content…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIM Desk now uses content {new} instead of {old}; Roll back returns to {rollback}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIM Desk now uses content {new} instead of {old}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go back from content {current} to {previous}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To use the newer content again afterwards, apply its pack once more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rolling back…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title}: content {version} of {date}, {signature}. Installed now: {installed}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It cannot be applied: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installed content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Origin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Origin:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none: there is nothing to roll back to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update from a content pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pack file (.zip); press Enter to check it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hoose pack…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the pack file and see what it would change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Allow a pack that is unsigned or cannot be verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow an unverified pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept a pack whose origin cannot be checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: PIM Desk cannot tell who made such a pack or whether it was changed on the way. Allow it only for a pack you received directly from someone you trust.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the pack is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;pply the update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply the update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the content with the pack&apos;s, as previewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pack:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the pack adds, changes and removes, kind by kind</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContextActions</name>
    <message>
        <source>&amp;New context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build a new context-specific selection (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import selection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a context from a .pimsel file (Ctrl+O)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContextDetails</name>
    <message>
        <source>A context needs a name: type one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A name can have at most {limit} characters (this one has {count}); shorten it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another context is already named “{name}”: choose another name. Your other changes are saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The context&apos;s name, unique among your contexts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the operation is: a country, a region, a camp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organisation or team (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Has a &amp;date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Has a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uncheck when the context has no date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date of the context, e.g. of the analysis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which of the four scenarios the context is in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes on the context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your team&apos;s notes on the whole context; saved as you type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O&amp;rganisation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Scenario:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No&amp;tes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This scenario is not in the current content (a content update removed or renamed it): choose one of the four to go on saving changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes can have at most {limit} characters; shorten them to save them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContextDialogs</name>
    <message>
        <source>Rename “{name}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The context&apos;s new name, unique among your contexts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted contexts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contexts in the trash, with the date each is kept until</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Deleted contexts are kept for %n days, then deleted for good. Restore one to work on it again.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the chosen context back in your list</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContextEditor</name>
    <message>
        <source>All contexts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the list of your contexts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share as file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save this context as a .pimsel file, e.g. on a USB stick</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print this context as PDF briefing sheets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ontext</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ystems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data n&amp;eeds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Categor&amp;ies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parts of the context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The context, its systems, its data needs, its categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” is in the trash: restore it to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept, but not in the current content (a content update removed or renamed them): {items}. Nothing was removed; decide what to keep.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContextFiles</name>
    <message>
        <source>PIM Desk selections (*.pimsel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share as file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A context named “{name}” already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace it (yours goes to the trash, kept 30 days), import this one as a copy under another name, or cancel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import as a &amp;copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the notes on the context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the data needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the notes on {category}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an e-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an ID-like number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a name after a title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In {where}, {what}: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This looks like personal data, and the file will carry it to whoever gets it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved as a file: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” saved as {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported “{name}”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContextLabels</name>
    <message>
        <source>Operating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not operating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To decide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[Not in the current content]</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContextList</name>
    <message>
        <source>You have no contexts yet: press New (Ctrl+N) to build one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by name, place or scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter contexts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only the contexts with these words in their name, place or scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My contexts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your contexts: name, scenario, place, last change, accepted categories. Enter opens one, F2 renames, Delete moves to the trash; select two to compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each context needs its own combination of PIM categories. Build one for your operation: the scenario, the systems already there, the data you need, and the categories to use and why. Everything is saved as you go, on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fi&amp;lter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicated as “{name}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Moved to the trash (kept %n days): </source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Deletion undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose two contexts to compare (Ctrl+click).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use what you typed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close without changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close this window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo the deletion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the deleted contexts back (Ctrl+Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trash…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contexts deleted in the last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss the notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide this notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build a new context (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the chosen context (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the chosen context another name (F2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a copy of the chosen context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the chosen contexts to the trash (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare the two chosen contexts side by side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Share as file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share as file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the chosen context as a .pimsel file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a context from a .pimsel file (Ctrl+O)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Trash…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contexts deleted in the last 30 days, to restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept until</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DataDialog</name>
    <message>
        <source>Your data was restored from the backup of {taken}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your data was restored from the backup of {taken}; the data it replaced was backed up and set aside as {aside}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check my data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The state of your data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back &amp;up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take a verified backup of your data now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the chosen backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace your data with the backup chosen in the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the check of your data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your backups, newest first; choose one to restore it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Backups, newest first:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closing once this is finished…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking your data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backing up your data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A backup was taken and verified ({taken}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace your data with the backup of {taken}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your data as it is now is backed up first and set aside, never deleted: you can go back to it by restoring again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring your data…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentPage</name>
    <message>
        <source>Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport this category sheet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export this category sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PDF of this category on one or two pages, to hand out</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the PDF with these choices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the Export dialog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the PDF in the system&apos;s viewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show in &amp;folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the folder that holds the PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the PDF through the system&apos;s PDF viewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved {file} ({pages} pages) in {folder}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export was cancelled; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file named {name} already exists in {folder}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace it with the new PDF?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… and {count} more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proceed only if this may be printed; otherwise cancel, then edit the notes or leave them out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The briefing would print what looks like personal data. PIM Desk is not meant to hold personal data of affected people.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Proceed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not exported: the briefing was not written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder could not be opened: {folder}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} was sent to the printer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} is open in your PDF viewer: print it from there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No application on this computer opens PDF files; the PDF is at {path}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportForm</name>
    <message>
        <source>Context briefing of a selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Glossary handout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restricted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strictly confidential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no saved selection yet: build one under My selections to export its briefing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where to save the PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the PDF as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Glossary</name>
    <message>
        <source>Also: {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jump to a letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terms starting with {letter}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terms starting with a digit or symbol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter terms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only the terms that contain these words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The glossary terms A to Z; choose one to read it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Glossary handout as P&amp;DF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Glossary handout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export every term, A to Z, as a PDF to print and hand out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{shown} of {total} terms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Glossary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Common PIM Terminology. Choose a term on the left, type to filter the list, or jump to a letter. Terms in any page of PIM Desk are links to this glossary.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Agreed and endorsed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreed, further work needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objective agreed, definition not agreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Definition not agreed, scope under review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Definition not agreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Must have</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nice to have</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Glossary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matrix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matrix rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenarios</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Principles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data sharing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access framework</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About PIM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relationships</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{first} comes before {second}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{first} complements {second}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{first} feeds {second}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{first} overlaps with {second}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{first} and {second}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My selections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bookmarks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where to start, and the pages you viewed last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PIM Matrix: categories by elements, by row, or by the data you need</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The eight PIM categories and their status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Common PIM Terminology, A to Z</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The principles that guide all PIM work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What data each kind of situation needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data-sharing challenges and how to reduce them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The humanitarian access framework</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What PIM is: its definition, vision, mission and results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your context-specific selections of categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your bookmarks and the pages you viewed recently</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Definition of PIM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PIM Matrix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PIM process</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use PIM Desk in {language}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIM Desk will be in {language} the next time it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart now? Your work is saved as you go.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restart now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Matrix</name>
    <message>
        <source>e.g.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… and {count} more: open the cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{category}: {element}. Press Enter to open the cell.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: {status}. Click to open the category.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: click to see this row for every category.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MatrixPage</name>
    <message>
        <source>Ways into the PIM Matrix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIM Matrix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows are the elements, columns the categories. Press Enter to open a cell.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Grid: by category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;What data do I need?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Categories across, elements down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start from a question or a data need</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matrix row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The row to show for every category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show for every category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this row for every category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By &amp;row:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Enter on a cell (or double-click it) to read it in full; click a category&apos;s name to open the category.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What data do I need?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <source>Notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss the notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Needs</name>
    <message>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A guiding question; opens the categories that answer it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{priority} in the scenario {scenario}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[Must have]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[Nice to have]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[Question]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[Your words]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[Picked earlier]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data and information you need</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scenario&apos;s must-have and nice-to-have items and the guiding questions; Space checks what your team needs, Enter opens its page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A need in your own words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your own need</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a need that is not in the list, then press Enter to add it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add need</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add your own need</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the need typed beside it to the list, checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What data and information does your team need? Check the items and questions that apply, or add your own: the suggestions follow what you check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Your own:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A need can have at most 500 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the need first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NeedsPanel</name>
    <message>
        <source>Filter questions and needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only the questions and needs with these words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the needs of one scenario only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questions and data needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose one to see the categories that produce it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Categories that produce it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Scenario:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start from what you need to know: choose a question or a data need to see which categories produce it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a question or a data need on the left.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <source>Status: {status}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(conditions: {names})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each PIM category is a kind of protection information system. Each does something different and none does everything: choose the combination your context needs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is now part of {target}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Formerly called: {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Definition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the PIM Matrix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How it works with other categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenarios that need it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: merged into this category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Related terms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{category}: {element}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole category: {category}. This row for every category: {element}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source: {source}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conditions for sharing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{element}: every category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Called in later versions of the matrix: {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open this cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Principles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The principles that every PIM category and every data exchange follow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Later called: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data-sharing challenges where it applies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All principles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data sharing: challenges and mitigations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sharing protection data helps the response and can harm the people it is about. Each challenge below comes with ways to reduce it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mitigations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Principles at stake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Categories most concerned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All challenges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Humanitarian access framework</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dimensions and variables that Security and Situational Awareness uses to describe humanitarian access.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See also: {link}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About PIM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Under consideration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIM Desk carries the Protection Information Management (PIM) framework: the PIM Matrix, the Common PIM Terminology, the principles, the scenarios and the data-sharing guidance. Everything works offline. Press Ctrl+K to search anything.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome to PIM Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where to start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recently viewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content version {version} of {date}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What does each category produce? {link}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every category&apos;s outputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole picture: {link}, categories by elements.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the PIM Matrix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What does a word mean? {link}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The glossary, A to Z</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which categories does my situation need? {links}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What data do I need? {link}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questions and data needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How to share data safely: {link}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data sharing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What PIM is: {link} and {principles}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the principles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>editorial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[editorial] marks PIM Desk&apos;s own wording, summaries or examples: it is not the text of the source document. e.g. marks an illustrative example.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source: PIM Desk editorial text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(summarised by PIM Desk)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenarios</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which data and information a situation needs, and which categories produce them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Categories this scenario needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data and information needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guiding questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asked in: {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{priority} in {scenario}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Categories that produce it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its output:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also: {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Definitions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Progress</name>
    <message>
        <source>Collecting the content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Laying out the pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the pack: its files, manifest and signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unpacking the content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validating the content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Building the reference database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switching to the new content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Reasons</name>
    <message>
        <source>Source: {source}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested first: a contextual risk analysis comes before any response.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Comes before %n categories:</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Produces %n must-have items of the scenario:</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Produces %n nice-to-have items of the scenario:</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Answers %n of the needs you picked:</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Works with %n categories this context needs:</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>how they work together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not in the current content)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A gap to fill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needed, but no system of this category operates here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needed, and it is not known whether a system of this category operates here: find out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A system of this category already operates here: build on it and share its data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A system of this category is planned here: check that it will come in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This category is not in the current content: a content update removed or renamed it. Your decision and notes on it are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rules do not suggest this category for this context: your team added it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Search</name>
    <message>
        <source>Search PIM (Ctrl+K)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search categories, the matrix, the glossary and every page. Results appear as you type; use the arrow keys and Enter to open one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{kind} result; press Enter to open it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{kind} ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Did you mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grouped by kind; press Enter to open a result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Did you mean: {word}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} results for “{query}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No results for “{query}”. Press Enter to search for “{word}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No results for “{query}”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Selections</name>
    <message>
        <source>My selections</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Suggestions</name>
    <message>
        <source>Added by your team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested first: risk analysis</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Suggested (%n reasons)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it is suggested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reasons for the chosen category, with their sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The categories the rules suggest for this context, first those to put in place first, and those your team added; choose one to see why and decide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave the category undecided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use this category in this context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not use this category here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To &amp;decide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To decide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How urgently your team wants this category in place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why, who, by when…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes on the category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your team&apos;s notes on this category; saved as you type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category to add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A category the rules did not suggest, to add by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the category by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the chosen category to this context, accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each context needs its own combination of categories. The rules suggest these from the scenario, the data you need and the systems already there; choose one to see why, then decide.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Priority:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a scenario to see the suggested categories.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes can have at most {limit} characters; shorten them to save them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Systems</name>
    <message>
        <source>Systems already operating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For each category, whether a PIM system operates in the context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which PIM systems already operate here? A needed category with no system is a gap to fill; one already operating is something to build on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System status: {category}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether a {category} system operates in this context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{badge} Kept from an earlier content version: {lines}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TaskPanel</name>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How far the work has got</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop now; nothing is changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ToolActions</name>
    <message>
        <source>&amp;Export PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export a briefing, a category sheet or the glossary (Ctrl+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Update content…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See the installed content, load a content pack, roll back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Check my data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check your data file, back it up or restore a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Window</name>
    <message>
        <source>Sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The parts of PIM Desk; press Enter to open one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content {version} of {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bookmarked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bookmark removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bookmarked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bookmark this page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search — {app}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go back (Alt+Left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go forward (Alt+Right)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the start page (Alt+Home)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search everything (Ctrl+K or Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bookmark this page, or remove its bookmark (Ctrl+D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;bookmarks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bookmarks and recently viewed pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Larger text (Ctrl++)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Smaller text (Ctrl+-)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Normal size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text at its normal size (Ctrl+0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next &amp;area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move between navigation, search and page (F6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About PIM Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versions of the app and of its content, and the sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close PIM Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bookmarks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
