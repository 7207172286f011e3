<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>About</name>
    <message>
        <source>About {app}</source>
        <translation>À propos de {app}</translation>
    </message>
    <message>
        <source>The Protection Information Management (PIM) framework, offline: the PIM Matrix, PIM Desk&apos;s glossary, the principles, the scenarios and the data-sharing guidance. The endorsed Common PIM Terminology is a separate document that PIM Desk does not carry.</source>
        <translation>Le cadre de gestion de l&apos;information de protection (PIM), hors ligne : la matrice PIM, le glossaire de PIM Desk, les principes, les scénarios et les conseils pour le partage des données. La terminologie PIM commune approuvée est un document distinct que PIM Desk ne contient pas.</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Contenu</translation>
    </message>
    <message>
        <source>{title}, version {version} of {date}</source>
        <translation>{title}, version {version} du {date}</translation>
    </message>
    <message>
        <source>Fingerprint: {hash}</source>
        <translation>Empreinte : {hash}</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>Every text says where it comes from: a section of the source, PIM Desk&apos;s note on a section, or PIM Desk&apos;s illustration, which is not from the source.</source>
        <translation>Chaque texte indique d&apos;où il vient : une section de la source, une note de PIM Desk sur une section, ou une illustration de PIM Desk, qui ne vient pas de la source.</translation>
    </message>
    <message>
        <source>Software</source>
        <translation>Logiciel</translation>
    </message>
    <message>
        <source>Qt {qt}, PySide6 {pyside}. Licence: MIT.</source>
        <translation>Qt {qt}, PySide6 {pyside}. Licence : MIT.</translation>
    </message>
    <message>
        <source>Translations of the content</source>
        <translation>Traductions du contenu</translation>
    </message>
    <message>
        <source>Translated by PIM Desk; not an official translation of the source.</source>
        <translation>Traduit par PIM Desk ; ce n&apos;est pas une traduction officielle de la source.</translation>
    </message>
    <message>
        <source>In {language}: {percent}% of the records translated in full ({count} of {total})</source>
        <translation>En {language} : {percent} % des fiches traduites en entier ({count} sur {total})</translation>
    </message>
    <message>
        <source>About this app</source>
        <translation>À propos de cette application</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>daily</source>
        <translation>quotidienne</translation>
    </message>
    <message>
        <source>taken by you</source>
        <translation>faite par vous</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>avant une restauration</translation>
    </message>
    <message>
        <source>before an upgrade</source>
        <translation>avant une mise à niveau</translation>
    </message>
    <message>
        <source>{taken} ({reason})</source>
        <translation>{taken} ({reason})</translation>
    </message>
</context>
<context>
    <name>Bookmarks</name>
    <message>
        <source>Bookmarks</source>
        <translation>Signets</translation>
    </message>
    <message>
        <source>Your bookmarked pages; Enter opens one, Delete removes it</source>
        <translation>Vos pages marquées d&apos;un signet ; Entrée en ouvre une, Suppr la retire</translation>
    </message>
    <message>
        <source>Recently viewed</source>
        <translation>Consultées récemment</translation>
    </message>
    <message>
        <source>The pages you viewed last, newest first</source>
        <translation>Les dernières pages consultées, les plus récentes en premier</translation>
    </message>
    <message>
        <source>&amp;Remove bookmark</source>
        <translation>&amp;Retirer le signet</translation>
    </message>
    <message>
        <source>Remove bookmark</source>
        <translation>Retirer le signet</translation>
    </message>
    <message>
        <source>Remove the selected bookmark</source>
        <translation>Retirer le signet sélectionné</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Put the removed bookmark back (Ctrl+Z)</source>
        <translation>Remettre le signet retiré (Ctrl+Z)</translation>
    </message>
    <message>
        <source>No bookmarks yet: press Ctrl+D on any page to bookmark it.</source>
        <translation>Aucun signet pour l&apos;instant : appuyez sur Ctrl+D sur n&apos;importe quelle page pour la marquer.</translation>
    </message>
    <message>
        <source>&amp;Bookmarks</source>
        <translation>&amp;Signets</translation>
    </message>
    <message>
        <source>Recently &amp;viewed</source>
        <translation>Consultées ré&amp;cemment</translation>
    </message>
    <message>
        <source>Removed the bookmark “{title}”.</source>
        <translation>Signet « {title} » retiré.</translation>
    </message>
    <message>
        <source>Bookmarks and recently viewed</source>
        <translation>Signets et pages consultées récemment</translation>
    </message>
</context>
<context>
    <name>ChangeDetails</name>
    <message>
        <source>(nothing)</source>
        <translation>(rien)</translation>
    </message>
    <message>
        <source>Before:</source>
        <translation>Avant :</translation>
    </message>
    <message>
        <source>After:</source>
        <translation>Après :</translation>
    </message>
    <message>
        <source>{kind}: {item} ({change})</source>
        <translation>{kind} : {item} ({change})</translation>
    </message>
    <message>
        <source>Languages: {languages}</source>
        <translation>Langues : {languages}</translation>
    </message>
    <message>
        <source>In {language}:</source>
        <translation>En {language} :</translation>
    </message>
    <message>
        <source>What changed, before and after</source>
        <translation>Ce qui a changé, avant et après</translation>
    </message>
    <message>
        <source>The chosen change&apos;s text before and after; removed words are struck through, added words underlined</source>
        <translation>Le texte de la modification choisie avant et après ; les mots retirés sont barrés, les mots ajoutés soulignés</translation>
    </message>
    <message>
        <source>Choose a change above to see its text before and after.</source>
        <translation>Choisissez une modification ci-dessus pour voir son texte avant et après.</translation>
    </message>
</context>
<context>
    <name>Compare</name>
    <message>
        <source>priority {priority}</source>
        <translation>priorité {priority}</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Détail</translation>
    </message>
    <message>
        <source>Same?</source>
        <translation>Identique ?</translation>
    </message>
    <message>
        <source>Different</source>
        <translation>Différente</translation>
    </message>
    <message>
        <source>Same</source>
        <translation>Identique</translation>
    </message>
    <message>
        <source>Compare “{left}” and “{right}”</source>
        <translation>Comparer « {left} » et « {right} »</translation>
    </message>
    <message>
        <source>{name}: {scenario}, {place}</source>
        <translation>{name} : {scenario}, {place}</translation>
    </message>
    <message>
        <source>Show &amp;only the differences</source>
        <translation>N&apos;afficher &amp;que les différences</translation>
    </message>
    <message>
        <source>Hide the categories both contexts treat the same way</source>
        <translation>Masquer les catégories que les deux contextes traitent de la même façon</translation>
    </message>
    <message>
        <source>The two contexts side by side</source>
        <translation>Les deux contextes côte à côte</translation>
    </message>
    <message>
        <source>Every detail, category decision, tier, note, system and data need of both contexts; the differences are marked</source>
        <translation>Chaque détail, décision sur une catégorie, niveau, note, système et besoin de données des deux contextes ; les différences sont signalées</translation>
    </message>
    <message>
        <source>Tier: {category}</source>
        <translation>Niveau : {category}</translation>
    </message>
    <message>
        <source>Notes: {category}</source>
        <translation>Notes : {category}</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Scénario</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Limits</source>
        <translation>Limites</translation>
    </message>
    <message>
        <source>System: {name}</source>
        <translation>Système : {name}</translation>
    </message>
    <message>
        <source>Not on the map</source>
        <translation>Absent de la carte</translation>
    </message>
    <message>
        <source>Picked</source>
        <translation>Choisi</translation>
    </message>
    <message>
        <source>Not picked</source>
        <translation>Non choisi</translation>
    </message>
    <message>
        <source>Data need: {need}</source>
        <translation>Besoin de données : {need}</translation>
    </message>
</context>
<context>
    <name>ContentChanges</name>
    <message>
        <source>Framework statement</source>
        <translation>Énoncé du cadre</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Merged category</source>
        <translation>Catégorie fusionnée</translation>
    </message>
    <message>
        <source>Matrix element</source>
        <translation>Élément de la matrice</translation>
    </message>
    <message>
        <source>Sharing condition</source>
        <translation>Condition de partage</translation>
    </message>
    <message>
        <source>Matrix cell</source>
        <translation>Cellule de la matrice</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Relation</translation>
    </message>
    <message>
        <source>Access dimension</source>
        <translation>Dimension de l&apos;accès</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Scénario</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Data-sharing challenge</source>
        <translation>Difficulté du partage de données</translation>
    </message>
    <message>
        <source>Principle</source>
        <translation>Principe</translation>
    </message>
    <message>
        <source>Glossary term</source>
        <translation>Terme du glossaire</translation>
    </message>
    <message>
        <source>added</source>
        <translation>ajouté</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>modifié</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>retiré</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Modification</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Élément</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Ce qui a changé</translation>
    </message>
    <message>
        <source>{added} added, {changed} changed, {removed} removed</source>
        <translation>{added} ajouté(s), {changed} modifié(s), {removed} retiré(s)</translation>
    </message>
</context>
<context>
    <name>ContentPage</name>
    <message>
        <source>or tick “{option}” to accept it anyway</source>
        <translation>ou cochez « {option} » pour l’accepter quand même</translation>
    </message>
    <message>
        <source>(Roll back returns to the previous content)</source>
        <translation>(Revenir en arrière rétablit le contenu précédent)</translation>
    </message>
    <message>
        <source>the pack&apos;s maker must update the translation and stamp it again</source>
        <translation>l&apos;auteur du paquet doit mettre la traduction à jour et l&apos;estampiller de nouveau</translation>
    </message>
    <message>
        <source>the pack&apos;s maker must stamp it once it matches the English</source>
        <translation>l&apos;auteur du paquet doit l&apos;estampiller une fois qu&apos;elle correspond à l&apos;anglais</translation>
    </message>
    <message>
        <source>Update content</source>
        <translation>Mettre à jour le contenu</translation>
    </message>
    <message>
        <source>Roll &amp;back</source>
        <translation>&amp;Revenir en arrière</translation>
    </message>
    <message>
        <source>Roll back</source>
        <translation>Revenir en arrière</translation>
    </message>
    <message>
        <source>Go back to the content used before the last update</source>
        <translation>Revenir au contenu utilisé avant la dernière mise à jour</translation>
    </message>
    <message>
        <source>Close the content update</source>
        <translation>Fermer la mise à jour du contenu</translation>
    </message>
    <message>
        <source>Roll &amp;back to {version}</source>
        <translation>&amp;Revenir à la version {version}</translation>
    </message>
    <message>
        <source>Choose a content pack</source>
        <translation>Choisir un paquet de contenu</translation>
    </message>
    <message>
        <source>Content packs (*.zip)</source>
        <translation>Paquets de contenu (*.zip)</translation>
    </message>
    <message>
        <source>Checking the pack…</source>
        <translation>Vérification du paquet…</translation>
    </message>
    <message>
        <source>Changes: {totals}.</source>
        <translation>Modifications : {totals}.</translation>
    </message>
    <message>
        <source>Choose a public key to trust</source>
        <translation>Choisir une clé publique à laquelle faire confiance</translation>
    </message>
    <message>
        <source>Public keys (*.pem)</source>
        <translation>Clés publiques (*.pem)</translation>
    </message>
    <message>
        <source>Trust packs signed with “{name}”?</source>
        <translation>Faire confiance aux paquets signés avec « {name} » ?</translation>
    </message>
    <message>
        <source>Its key ID is {key_id}. Check that the pack&apos;s maker gives you the same ID by another way (a call, a message) before you trust it: packs signed with this key will be applied without a warning.</source>
        <translation>Son identifiant de clé est {key_id}. Vérifiez que l&apos;auteur du paquet vous donne le même identifiant par un autre moyen (un appel, un message) avant de lui faire confiance : les paquets signés avec cette clé seront appliqués sans avertissement.</translation>
    </message>
    <message>
        <source>&amp;Trust this key</source>
        <translation>Faire &amp;confiance à cette clé</translation>
    </message>
    <message>
        <source>Packs signed with “{name}” (key ID {key_id}) are now trusted.</source>
        <translation>Les paquets signés avec « {name} » (identifiant de clé {key_id}) sont désormais acceptés en confiance.</translation>
    </message>
    <message>
        <source>Updating the content…</source>
        <translation>Mise à jour du contenu…</translation>
    </message>
    <message>
        <source>PIM Desk now uses content {new} instead of {old}; Roll back returns to {rollback}.</source>
        <translation>PIM Desk utilise maintenant le contenu {new} au lieu de {old} ; « Revenir en arrière » ramène à {rollback}.</translation>
    </message>
    <message>
        <source>PIM Desk now uses content {new} instead of {old}.</source>
        <translation>PIM Desk utilise maintenant le contenu {new} au lieu de {old}.</translation>
    </message>
    <message>
        <source>Go back from content {current} to {previous}?</source>
        <translation>Revenir du contenu {current} au contenu {previous} ?</translation>
    </message>
    <message>
        <source>To use the newer content again afterwards, apply its pack once more.</source>
        <translation>Pour réutiliser ensuite le contenu plus récent, appliquez de nouveau son paquet.</translation>
    </message>
    <message>
        <source>Rolling back…</source>
        <translation>Retour en arrière…</translation>
    </message>
    <message>
        <source>verified: signed with the trusted key {name} ({key_id})</source>
        <translation>vérifié : signé avec la clé de confiance {name} ({key_id})</translation>
    </message>
    <message>
        <source>not signed</source>
        <translation>non signé</translation>
    </message>
    <message>
        <source>signed with an unknown key ({key_id}), not among the trusted keys</source>
        <translation>signé avec une clé inconnue ({key_id}), absente des clés de confiance</translation>
    </message>
    <message>
        <source>bad signature: it does not verify with the trusted key {name}</source>
        <translation>signature non valide : elle ne se vérifie pas avec la clé de confiance {name}</translation>
    </message>
    <message>
        <source>came with PIM Desk</source>
        <translation>fourni avec PIM Desk</translation>
    </message>
    <message>
        <source>an unknown date</source>
        <translation>une date inconnue</translation>
    </message>
    <message>
        <source>signature unknown</source>
        <translation>signature inconnue</translation>
    </message>
    <message>
        <source>imported on {date} ({signature})</source>
        <translation>importé le {date} ({signature})</translation>
    </message>
    <message>
        <source>{title}: content {version} of {date}, {signature}. Installed now: {installed}.</source>
        <translation>{title} : contenu {version} du {date}, {signature}. Installé actuellement : {installed}.</translation>
    </message>
    <message>
        <source>it holds content {version}, not newer than the installed {installed}</source>
        <translation>il contient le contenu {version}, qui n&apos;est pas plus récent que le {installed} installé</translation>
    </message>
    <message>
        <source>It cannot be applied: {reason}.</source>
        <translation>Il ne peut pas être appliqué : {reason}.</translation>
    </message>
    <message>
        <source>Installed content</source>
        <translation>Contenu installé</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Origine</translation>
    </message>
    <message>
        <source>Previous version</source>
        <translation>Version précédente</translation>
    </message>
    <message>
        <source>Notices</source>
        <translation>Avis</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Version :</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Date :</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Titre :</translation>
    </message>
    <message>
        <source>Origin:</source>
        <translation>Origine :</translation>
    </message>
    <message>
        <source>Previous version:</source>
        <translation>Version précédente :</translation>
    </message>
    <message>
        <source>none: there is nothing to roll back to</source>
        <translation>aucune : il n&apos;y a rien à quoi revenir</translation>
    </message>
    <message>
        <source>Update from a content pack</source>
        <translation>Mettre à jour à partir d&apos;un paquet de contenu</translation>
    </message>
    <message>
        <source>Content pack</source>
        <translation>Paquet de contenu</translation>
    </message>
    <message>
        <source>The pack file (.zip); press Enter to check it</source>
        <translation>Le fichier du paquet (.zip) ; appuyez sur Entrée pour le vérifier</translation>
    </message>
    <message>
        <source>C&amp;hoose pack…</source>
        <translation>C&amp;hoisir un paquet…</translation>
    </message>
    <message>
        <source>Choose the pack file and see what it would change</source>
        <translation>Choisir le fichier du paquet et voir ce qu&apos;il changerait</translation>
    </message>
    <message>
        <source>&amp;Allow a pack that is unsigned or cannot be verified</source>
        <translation>&amp;Autoriser un paquet non signé ou impossible à vérifier</translation>
    </message>
    <message>
        <source>Accept a pack whose origin cannot be checked</source>
        <translation>Accepter un paquet dont l&apos;origine ne peut pas être vérifiée</translation>
    </message>
    <message>
        <source>Warning: PIM Desk cannot tell who made such a pack or whether it was changed on the way. Allow it only for a pack you received directly from someone you trust.</source>
        <translation>Attention : PIM Desk ne peut pas savoir qui a fait un tel paquet ni s&apos;il a été modifié en chemin. Ne l&apos;autorisez que pour un paquet reçu directement d&apos;une personne de confiance.</translation>
    </message>
    <message>
        <source>&amp;Trust a key…</source>
        <translation>Faire &amp;confiance à une clé…</translation>
    </message>
    <message>
        <source>Install the public key (.pem) of someone whose packs you accept</source>
        <translation>Installer la clé publique (.pem) d&apos;une personne dont vous acceptez les paquets</translation>
    </message>
    <message>
        <source>What the pack is</source>
        <translation>Ce qu&apos;est le paquet</translation>
    </message>
    <message>
        <source>Appl&amp;y the update</source>
        <translation>A&amp;ppliquer la mise à jour</translation>
    </message>
    <message>
        <source>Apply the update</source>
        <translation>Appliquer la mise à jour</translation>
    </message>
    <message>
        <source>Replace the content with the pack&apos;s, as previewed</source>
        <translation>Remplacer le contenu par celui du paquet, tel que prévisualisé</translation>
    </message>
    <message>
        <source>&amp;Pack:</source>
        <translation>Pa&amp;quet :</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Modifications</translation>
    </message>
    <message>
        <source>What the pack adds, changes and removes, kind by kind</source>
        <translation>Ce que le paquet ajoute, modifie et retire, type par type</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>The content pack {name} is refused: it is not signed; ask its maker for a signed pack, or tick “{option}” to accept it anyway.</source>
        <translation>Le paquet de contenu {name} est refusé : il n’est pas signé ; demandez à son auteur un paquet signé, ou cochez « {option} » pour l’accepter quand même.</translation>
    </message>
    <message>
        <source>The content pack {name} is refused: it is signed with an unknown key ({key_id}); trust its maker&apos;s public key (Trust a key…), or tick “{option}” to accept it anyway.</source>
        <translation>Le paquet de contenu {name} est refusé : il est signé avec une clé inconnue ({key_id}) ; faites confiance à la clé publique de son auteur (Faire confiance à une clé…), ou cochez « {option} » pour l’accepter quand même.</translation>
    </message>
    <message>
        <source>The content pack {name} is refused: its signature is bad: it does not verify with the trusted key {key} ({key_id}), so it was changed after signing or signed by another key; or tick “{option}” to accept it anyway.</source>
        <translation>Le paquet de contenu {name} est refusé : sa signature est mauvaise : elle ne se vérifie pas avec la clé de confiance {key} ({key_id}), il a donc été modifié après la signature ou signé avec une autre clé ; ou cochez « {option} » pour l’accepter quand même.</translation>
    </message>
    <message>
        <source>The content pack {name} is refused: it holds content {version}, not newer than the installed {installed} (Roll back returns to the previous content).</source>
        <translation>Le paquet de contenu {name} est refusé : il contient le contenu {version}, qui n’est pas plus récent que le {installed} installé (Revenir en arrière rétablit le contenu précédent).</translation>
    </message>
    <message>
        <source>The content pack {name} is refused: it is not a readable zip file ({why}).</source>
        <translation>Le paquet de contenu {name} est refusé : ce n’est pas un fichier zip lisible ({why}).</translation>
    </message>
    <message>
        <source>The content pack {name} is refused: {problem}.</source>
        <translation>Le paquet de contenu {name} est refusé : {problem}.</translation>
    </message>
    <message>
        <source>There is no content pack {path}.</source>
        <translation>Il n’y a pas de paquet de contenu {path}.</translation>
    </message>
    <message>
        <source>The content pack {path} cannot be read ({why}).</source>
        <translation>Le paquet de contenu {path} ne peut pas être lu ({why}).</translation>
    </message>
    <message>
        <source>The content pack {name} could not be imported ({why}); the content was not changed.</source>
        <translation>Le paquet de contenu {name} n’a pas pu être importé ({why}) ; le contenu n’a pas été modifié.</translation>
    </message>
    <message>
        <source>There is no earlier content to go back to.</source>
        <translation>Il n’y a pas de contenu antérieur auquel revenir.</translation>
    </message>
    <message>
        <source>The import was cancelled; the content was not changed.</source>
        <translation>L’importation a été annulée ; le contenu n’a pas été modifié.</translation>
    </message>
    <message>
        <source>{file} cannot be trusted: {why}.</source>
        <translation>{file} ne peut pas être une clé de confiance : {why}.</translation>
    </message>
    <message>
        <source>A trusted key named {name} exists already.</source>
        <translation>Une clé de confiance nommée {name} existe déjà.</translation>
    </message>
    <message>
        <source>The content was not changed.</source>
        <translation>Le contenu n’a pas été modifié.</translation>
    </message>
</context>
<context>
    <name>ContextActions</name>
    <message>
        <source>&amp;New context</source>
        <translation>&amp;Nouveau contexte</translation>
    </message>
    <message>
        <source>Build a new context (Ctrl+N)</source>
        <translation>Construire un nouveau contexte (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Import context…</source>
        <translation>&amp;Importer un contexte…</translation>
    </message>
    <message>
        <source>Import a context from a .pimsel file (Ctrl+O)</source>
        <translation>Importer un contexte depuis un fichier .pimsel (Ctrl+O)</translation>
    </message>
</context>
<context>
    <name>ContextDetails</name>
    <message>
        <source>A context needs a name: type one.</source>
        <translation>Un contexte a besoin d&apos;un nom : saisissez-en un.</translation>
    </message>
    <message>
        <source>A name can have at most {limit} characters (this one has {count}); shorten it.</source>
        <translation>Un nom peut compter au plus {limit} caractères (celui-ci en a {count}) ; raccourcissez-le.</translation>
    </message>
    <message>
        <source>Another context is already named “{name}”: choose another name. Your other changes are saved.</source>
        <translation>Un autre contexte s&apos;appelle déjà « {name} » : choisissez un autre nom. Vos autres modifications sont enregistrées.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>The context&apos;s name, unique among your contexts</source>
        <translation>Le nom du contexte, unique parmi vos contextes</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Where the operation is: a country, a region, a camp</source>
        <translation>Où se situe l&apos;opération : un pays, une région, un camp</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>The organisation or team (optional)</source>
        <translation>L&apos;organisation ou l&apos;équipe (facultatif)</translation>
    </message>
    <message>
        <source>Has a &amp;date</source>
        <translation>A une &amp;date</translation>
    </message>
    <message>
        <source>Has a date</source>
        <translation>A une date</translation>
    </message>
    <message>
        <source>Uncheck when the context has no date</source>
        <translation>Décochez si le contexte n&apos;a pas de date</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>The date of the context, e.g. of the analysis</source>
        <translation>La date du contexte, par exemple celle de l&apos;analyse</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Scénario</translation>
    </message>
    <message>
        <source>Which of the four scenarios the context is in</source>
        <translation>Celui des quatre scénarios dans lequel se trouve le contexte</translation>
    </message>
    <message>
        <source>Notes on the context</source>
        <translation>Notes sur le contexte</translation>
    </message>
    <message>
        <source>Your team&apos;s notes on the whole context; saved as you type</source>
        <translation>Les notes de votre équipe sur l&apos;ensemble du contexte ; enregistrées pendant la saisie</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Lieu :</translation>
    </message>
    <message>
        <source>O&amp;rganisation:</source>
        <translation>O&amp;rganisation :</translation>
    </message>
    <message>
        <source>&amp;Scenario:</source>
        <translation>&amp;Scénario :</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Date :</translation>
    </message>
    <message>
        <source>No&amp;tes:</source>
        <translation>No&amp;tes :</translation>
    </message>
    <message>
        <source>This scenario is not in the current content (a content update removed or renamed it): choose one of the four to go on saving changes.</source>
        <translation>Ce scénario ne figure pas dans le contenu actuel (une mise à jour du contenu l&apos;a retiré ou renommé) : choisissez l&apos;un des quatre pour continuer à enregistrer vos modifications.</translation>
    </message>
    <message>
        <source>Notes can have at most {limit} characters; shorten them to save them.</source>
        <translation>Les notes peuvent compter au plus {limit} caractères ; raccourcissez-les pour les enregistrer.</translation>
    </message>
</context>
<context>
    <name>ContextDialogs</name>
    <message>
        <source>Rename “{name}”</source>
        <translation>Renommer « {name} »</translation>
    </message>
    <message>
        <source>New name</source>
        <translation>Nouveau nom</translation>
    </message>
    <message>
        <source>The context&apos;s new name, unique among your contexts</source>
        <translation>Le nouveau nom du contexte, unique parmi vos contextes</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>Corbeille</translation>
    </message>
    <message>
        <source>Deleted contexts</source>
        <translation>Contextes supprimés</translation>
    </message>
    <message>
        <source>Contexts in the trash, with the date each is kept until</source>
        <translation>Les contextes dans la corbeille, avec la date jusqu&apos;à laquelle chacun est conservé</translation>
    </message>
    <message>
        <source>Deleted contexts are kept for {days} days, then deleted for good. Restore one to work on it again.</source>
        <translation>Les contextes supprimés sont conservés {days} jours, puis supprimés définitivement. Restaurez-en un pour y travailler de nouveau.</translation>
    </message>
    <message>
        <source>The trash is empty. A context you delete waits here for {days} days in case you want it back.</source>
        <translation>La corbeille est vide. Un contexte que vous supprimez y attend {days} jours, au cas où vous voudriez le récupérer.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurer</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <source>Put the chosen context back in your list</source>
        <translation>Remettre le contexte choisi dans votre liste</translation>
    </message>
</context>
<context>
    <name>ContextEditor</name>
    <message>
        <source>All contexts</source>
        <translation>Tous les contextes</translation>
    </message>
    <message>
        <source>Back to the list of your contexts</source>
        <translation>Retour à la liste de vos contextes</translation>
    </message>
    <message>
        <source>Share as file…</source>
        <translation>Partager en fichier…</translation>
    </message>
    <message>
        <source>Save this context as a .pimsel file, e.g. on a USB stick</source>
        <translation>Enregistrer ce contexte dans un fichier .pimsel, par exemple sur une clé USB</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>Exporter en PDF…</translation>
    </message>
    <message>
        <source>Print this context as PDF briefing sheets</source>
        <translation>Imprimer ce contexte sous forme de note d&apos;information en PDF</translation>
    </message>
    <message>
        <source>C&amp;ontext</source>
        <translation>C&amp;ontexte</translation>
    </message>
    <message>
        <source>S&amp;ystems</source>
        <translation>S&amp;ystèmes</translation>
    </message>
    <message>
        <source>Data n&amp;eeds</source>
        <translation>B&amp;esoins en données</translation>
    </message>
    <message>
        <source>Categor&amp;ies</source>
        <translation>Catégor&amp;ies</translation>
    </message>
    <message>
        <source>Parts of the context</source>
        <translation>Parties du contexte</translation>
    </message>
    <message>
        <source>The context, its systems, its data needs, its categories</source>
        <translation>Le contexte, ses systèmes, ses besoins en données, ses catégories</translation>
    </message>
    <message>
        <source>“{name}” is in the trash: restore it to open it.</source>
        <translation>« {name} » est dans la corbeille : restaurez-le pour l&apos;ouvrir.</translation>
    </message>
    <message>
        <source>Kept, but not in the current content (a content update removed or renamed them): {items}. Nothing was removed; decide what to keep.</source>
        <translation>Conservés, mais absents du contenu actuel (une mise à jour du contenu les a retirés ou renommés) : {items}. Rien n&apos;a été supprimé ; décidez de ce que vous gardez.</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Enregistré</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation>Non enregistré : {reason}</translation>
    </message>
    <message>
        <source>{name} (my copy)</source>
        <translation>{name} (ma copie)</translation>
    </message>
    <message>
        <source>Your changes were saved as “{copy}”; “{name}” keeps the version saved elsewhere.</source>
        <translation>Vos modifications ont été enregistrées sous « {copy} » ; « {name} » garde la version enregistrée ailleurs.</translation>
    </message>
</context>
<context>
    <name>ContextFiles</name>
    <message>
        <source>Share as file</source>
        <translation>Partager en fichier</translation>
    </message>
    <message>
        <source>PIM Desk context files (*.pimsel)</source>
        <translation>Fichiers de contexte PIM Desk (*.pimsel)</translation>
    </message>
    <message>
        <source>Import a context</source>
        <translation>Importer un contexte</translation>
    </message>
    <message>
        <source>A context named “{name}” already exists.</source>
        <translation>Un contexte nommé « {name} » existe déjà.</translation>
    </message>
    <message>
        <source>Replace it (yours goes to the trash, kept 30 days), import this one as a copy under another name, or cancel.</source>
        <translation>Remplacez-le (le vôtre va dans la corbeille, conservé 30 jours), importez celui-ci comme copie sous un autre nom, ou annulez.</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>&amp;Remplacer</translation>
    </message>
    <message>
        <source>Import as a &amp;copy</source>
        <translation>Importer comme &amp;copie</translation>
    </message>
    <message>
        <source>Imported as “{name}”: a context named “{old}” already exists.</source>
        <translation>Importé sous le nom « {name} » : un contexte nommé « {old} » existe déjà.</translation>
    </message>
    <message>
        <source>Imported “{name}”; the earlier context of that name is in the trash.</source>
        <translation>« {name} » importé ; le contexte qui portait ce nom est dans la corbeille.</translation>
    </message>
    <message>
        <source>the name</source>
        <translation>le nom</translation>
    </message>
    <message>
        <source>the place</source>
        <translation>le lieu</translation>
    </message>
    <message>
        <source>the organisation</source>
        <translation>l&apos;organisation</translation>
    </message>
    <message>
        <source>the notes on the context</source>
        <translation>les notes sur le contexte</translation>
    </message>
    <message>
        <source>an ID number</source>
        <translation>un numéro d&apos;identité</translation>
    </message>
    <message>
        <source>a case or registration number</source>
        <translation>un numéro de dossier ou d&apos;enregistrement</translation>
    </message>
    <message>
        <source>a date or year of birth</source>
        <translation>une date ou une année de naissance</translation>
    </message>
    <message>
        <source>an age with a sex</source>
        <translation>un âge avec un sexe</translation>
    </message>
    <message>
        <source>a person&apos;s name</source>
        <translation>le nom d&apos;une personne</translation>
    </message>
    <message>
        <source>the data needs</source>
        <translation>les besoins en données</translation>
    </message>
    <message>
        <source>the notes on {category}</source>
        <translation>les notes sur {category}</translation>
    </message>
    <message>
        <source>an e-mail address</source>
        <translation>une adresse électronique</translation>
    </message>
    <message>
        <source>a phone number</source>
        <translation>un numéro de téléphone</translation>
    </message>
    <message>
        <source>In {where}, {what}: {text}</source>
        <translation>Dans {where}, {what} : {text}</translation>
    </message>
    <message>
        <source>Not saved as a file: {reason}</source>
        <translation>Non enregistré en fichier : {reason}</translation>
    </message>
    <message>
        <source>“{name}” saved as {path}.</source>
        <translation>« {name} » enregistré sous {path}.</translation>
    </message>
    <message>
        <source>{name} (imported)</source>
        <translation>{name} (importé)</translation>
    </message>
    <message>
        <source>Nothing was imported: {reason}</source>
        <translation>Rien n&apos;a été importé : {reason}</translation>
    </message>
    <message>
        <source>Imported “{name}”.</source>
        <translation>« {name} » importé.</translation>
    </message>
</context>
<context>
    <name>ContextLabels</name>
    <message>
        <source>Operating</source>
        <translation>En place</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Prévu</translation>
    </message>
    <message>
        <source>Not operating</source>
        <translation>Absent</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>Start here</source>
        <translation>Commencer ici</translation>
    </message>
    <message>
        <source>Add when …</source>
        <translation>Ajouter quand …</translation>
    </message>
    <message>
        <source>Not needed now</source>
        <translation>Pas nécessaire pour l&apos;instant</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Arrêté</translation>
    </message>
    <message>
        <source>Access is limited</source>
        <translation>L&apos;accès est limité</translation>
    </message>
    <message>
        <source>Our capacity is limited</source>
        <translation>Notre capacité est limitée</translation>
    </message>
    <message>
        <source>Personal data cannot be protected yet</source>
        <translation>Les données personnelles ne peuvent pas encore être protégées</translation>
    </message>
    <message>
        <source>To decide</source>
        <translation>À décider</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Acceptée</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejetée</translation>
    </message>
    <message>
        <source>No priority</source>
        <translation>Sans priorité</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Haute</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Basse</translation>
    </message>
    <message>
        <source>[Not in the current content]</source>
        <translation>[Absent du contenu actuel]</translation>
    </message>
</context>
<context>
    <name>ContextList</name>
    <message>
        <source>You have no contexts yet: press New (Ctrl+N) to build one.</source>
        <translation>Vous n&apos;avez encore aucun contexte : appuyez sur Nouveau (Ctrl+N) pour en constituer un.</translation>
    </message>
    <message>
        <source>Filter by name, place or scenario</source>
        <translation>Filtrer par nom, lieu ou scénario</translation>
    </message>
    <message>
        <source>Filter contexts</source>
        <translation>Filtrer les contextes</translation>
    </message>
    <message>
        <source>Show only the contexts with these words in their name, place or scenario</source>
        <translation>N&apos;afficher que les contextes dont le nom, le lieu ou le scénario contient ces mots</translation>
    </message>
    <message>
        <source>My contexts</source>
        <translation>Mes contextes</translation>
    </message>
    <message>
        <source>Your contexts: name, scenario, place, last change, accepted categories. Enter opens one, F2 renames, Delete moves to the trash; select two to compare</source>
        <translation>Vos contextes : nom, scénario, lieu, dernière modification, catégories acceptées. Entrée en ouvre un, F2 renomme, Suppr met à la corbeille ; sélectionnez-en deux pour les comparer</translation>
    </message>
    <message>
        <source>Each context needs its own combination of PIM categories. Build one for your operation: the scenario, the systems already there, the data you need, and the categories to use and why. Everything is saved as you go, on this computer.</source>
        <translation>Chaque contexte a besoin de sa propre combinaison de catégories PIM. Constituez-en une pour votre opération : le scénario, les systèmes déjà en place, les données dont vous avez besoin, et les catégories à utiliser et pourquoi. Tout est enregistré au fur et à mesure, sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Fi&amp;lter:</source>
        <translation>Fi&amp;ltre :</translation>
    </message>
    <message>
        <source>New context</source>
        <translation>Nouveau contexte</translation>
    </message>
    <message>
        <source>{name} (copy)</source>
        <translation>{name} (copie)</translation>
    </message>
    <message>
        <source>Duplicated as “{name}”.</source>
        <translation>Dupliqué sous le nom « {name} ».</translation>
    </message>
    <message>
        <source>Moved to the trash (kept {days} days): {names}</source>
        <translation>Mis à la corbeille (conservés {days} jours) : {names}</translation>
    </message>
    <message>
        <source>Deletion undone.</source>
        <translation>Suppression annulée.</translation>
    </message>
    <message>
        <source>Choose two contexts to compare (Ctrl+click).</source>
        <translation>Choisissez deux contextes à comparer (Ctrl+clic).</translation>
    </message>
    <message>
        <source>Use what you typed</source>
        <translation>Utiliser ce que vous avez saisi</translation>
    </message>
    <message>
        <source>Close without changes</source>
        <translation>Fermer sans modifier</translation>
    </message>
    <message>
        <source>Close this window</source>
        <translation>Fermer cette fenêtre</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Undo the deletion</source>
        <translation>Annuler la suppression</translation>
    </message>
    <message>
        <source>Put the deleted contexts back (Ctrl+Z)</source>
        <translation>Remettre les contextes supprimés (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Trash…</source>
        <translation>Corbeille…</translation>
    </message>
    <message>
        <source>Open the trash</source>
        <translation>Ouvrir la corbeille</translation>
    </message>
    <message>
        <source>Contexts deleted in the last 30 days</source>
        <translation>Contextes supprimés au cours des 30 derniers jours</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Dismiss the notice</source>
        <translation>Fermer l&apos;avis</translation>
    </message>
    <message>
        <source>Hide this notice</source>
        <translation>Masquer cet avis</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nouveau</translation>
    </message>
    <message>
        <source>Build a new context (Ctrl+N)</source>
        <translation>Constituer un nouveau contexte (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Open the chosen context (Enter)</source>
        <translation>Ouvrir le contexte choisi (Entrée)</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Renommer…</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Renommer</translation>
    </message>
    <message>
        <source>Give the chosen context another name (F2)</source>
        <translation>Donner un autre nom au contexte choisi (F2)</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;upliquer</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Dupliquer</translation>
    </message>
    <message>
        <source>Make a copy of the chosen context</source>
        <translation>Faire une copie du contexte choisi</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Move the chosen contexts to the trash (Delete)</source>
        <translation>Mettre les contextes choisis à la corbeille (Suppr)</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>&amp;Comparer</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Comparer</translation>
    </message>
    <message>
        <source>Compare the two chosen contexts side by side</source>
        <translation>Comparer côte à côte les deux contextes choisis</translation>
    </message>
    <message>
        <source>&amp;Share as file…</source>
        <translation>&amp;Partager en fichier…</translation>
    </message>
    <message>
        <source>Share as file</source>
        <translation>Partager en fichier</translation>
    </message>
    <message>
        <source>Save the chosen context as a .pimsel file</source>
        <translation>Enregistrer le contexte choisi dans un fichier .pimsel</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>Import a context from a .pimsel file (Ctrl+O)</source>
        <translation>Importer un contexte depuis un fichier .pimsel (Ctrl+O)</translation>
    </message>
    <message>
        <source>&amp;Trash…</source>
        <translation>Cor&amp;beille…</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>Corbeille</translation>
    </message>
    <message>
        <source>Contexts deleted in the last 30 days, to restore</source>
        <translation>Contextes supprimés au cours des 30 derniers jours, à restaurer</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Scénario</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>Modifié</translation>
    </message>
    <message>
        <source>Accepted categories</source>
        <translation>Catégories acceptées</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Supprimé</translation>
    </message>
    <message>
        <source>Kept until</source>
        <translation>Conservé jusqu&apos;au</translation>
    </message>
</context>
<context>
    <name>Controls</name>
    <message>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>Empty the field</source>
        <translation>Vider le champ</translation>
    </message>
    <message>
        <source>Select all</source>
        <translation>Tout sélectionner</translation>
    </message>
</context>
<context>
    <name>DataDialog</name>
    <message>
        <source>Your data was restored from the backup of {taken}.</source>
        <translation>Vos données ont été restaurées à partir de la sauvegarde du {taken}.</translation>
    </message>
    <message>
        <source>Your data was restored from the backup of {taken}; the data it replaced was backed up and set aside as {aside}.</source>
        <translation>Vos données ont été restaurées à partir de la sauvegarde du {taken} ; les données remplacées ont été sauvegardées et mises de côté sous {aside}.</translation>
    </message>
    <message>
        <source>Your data file {path} is damaged: {problems}.</source>
        <translation>Votre fichier de données {path} est endommagé : {problems}.</translation>
    </message>
    <message>
        <source>Your data file {path} could not be checked now: {reason}.</source>
        <translation>Votre fichier de données {path} n&apos;a pas pu être vérifié pour l&apos;instant : {reason}.</translation>
    </message>
    <message>
        <source>Your data file {path} is sound.</source>
        <translation>Votre fichier de données {path} est intact.</translation>
    </message>
    <message>
        <source>Saved contexts: {count}.</source>
        <translation>Contextes enregistrés : {count}.</translation>
    </message>
    <message>
        <source>Backups: {count}; the newest {newest}.</source>
        <translation>Sauvegardes : {count} ; la plus récente {newest}.</translation>
    </message>
    <message>
        <source>Backups: none yet.</source>
        <translation>Sauvegardes : aucune pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Check my data</source>
        <translation>Vérifier mes données</translation>
    </message>
    <message>
        <source>The state of your data</source>
        <translation>L&apos;état de vos données</translation>
    </message>
    <message>
        <source>Back &amp;up now</source>
        <translation>&amp;Sauvegarder maintenant</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Sauvegarder maintenant</translation>
    </message>
    <message>
        <source>Take a verified backup of your data now</source>
        <translation>Faire maintenant une sauvegarde vérifiée de vos données</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Restaurer…</translation>
    </message>
    <message>
        <source>Restore the chosen backup</source>
        <translation>Restaurer la sauvegarde choisie</translation>
    </message>
    <message>
        <source>Replace your data with the backup chosen in the list</source>
        <translation>Remplacer vos données par la sauvegarde choisie dans la liste</translation>
    </message>
    <message>
        <source>Close the check of your data</source>
        <translation>Fermer la vérification de vos données</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sauvegardes</translation>
    </message>
    <message>
        <source>Your backups, newest first; choose one to restore it</source>
        <translation>Vos sauvegardes, les plus récentes en premier ; choisissez-en une pour la restaurer</translation>
    </message>
    <message>
        <source>&amp;Backups, newest first:</source>
        <translation>Sau&amp;vegardes, les plus récentes en premier :</translation>
    </message>
    <message>
        <source>This could not be finished: {error}</source>
        <translation>Cela n&apos;a pas pu être terminé : {error}</translation>
    </message>
    <message>
        <source>Closing once this is finished…</source>
        <translation>Fermeture dès que ce sera terminé…</translation>
    </message>
    <message>
        <source>Checking your data…</source>
        <translation>Vérification de vos données…</translation>
    </message>
    <message>
        <source>Backing up your data…</source>
        <translation>Sauvegarde de vos données…</translation>
    </message>
    <message>
        <source>A backup was taken and verified ({taken}).</source>
        <translation>Une sauvegarde a été faite et vérifiée ({taken}).</translation>
    </message>
    <message>
        <source>Replace your data with the backup of {taken}?</source>
        <translation>Remplacer vos données par la sauvegarde du {taken} ?</translation>
    </message>
    <message>
        <source>Your data as it is now is backed up first and set aside, never deleted: you can go back to it by restoring again.</source>
        <translation>Vos données actuelles sont d&apos;abord sauvegardées et mises de côté, jamais supprimées : vous pourrez y revenir en restaurant de nouveau.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurer</translation>
    </message>
    <message>
        <source>Restoring your data…</source>
        <translation>Restauration de vos données…</translation>
    </message>
</context>
<context>
    <name>DataGuard</name>
    <message>
        <source>Your data could not be checked: {error}</source>
        <translation>Vos données n&apos;ont pas pu être vérifiées : {error}</translation>
    </message>
</context>
<context>
    <name>DocumentPage</name>
    <message>
        <source>Page</source>
        <translation>Page</translation>
    </message>
    <message>
        <source>E&amp;xport this category sheet…</source>
        <translation>E&amp;xporter cette fiche de catégorie…</translation>
    </message>
    <message>
        <source>Export this category sheet</source>
        <translation>Exporter cette fiche de catégorie</translation>
    </message>
    <message>
        <source>A PDF of this category on one or two pages, to hand out</source>
        <translation>Un PDF de cette catégorie sur une ou deux pages, à distribuer</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export PDF</source>
        <translation>Exporter en PDF</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exporter</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Write the PDF with these choices</source>
        <translation>Écrire le PDF avec ces choix</translation>
    </message>
    <message>
        <source>Close the Export dialog</source>
        <translation>Fermer la boîte d&apos;exportation</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>Open the PDF</source>
        <translation>Ouvrir le PDF</translation>
    </message>
    <message>
        <source>Open the PDF in the system&apos;s viewer</source>
        <translation>Ouvrir le PDF dans la visionneuse du système</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>Afficher dans le dossier</translation>
    </message>
    <message>
        <source>Open the folder that holds the PDF</source>
        <translation>Ouvrir le dossier qui contient le PDF</translation>
    </message>
    <message>
        <source>Sho&amp;w in folder</source>
        <translation>Affic&amp;her dans le dossier</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>Imp&amp;rimer…</translation>
    </message>
    <message>
        <source>Print the PDF</source>
        <translation>Imprimer le PDF</translation>
    </message>
    <message>
        <source>Print the PDF through the system&apos;s PDF viewer</source>
        <translation>Imprimer le PDF au moyen de la visionneuse PDF du système</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exportation…</translation>
    </message>
    <message>
        <source>Saved {file} ({pages} pages) in {folder}.</source>
        <translation>{file} ({pages} pages) enregistré dans {folder}.</translation>
    </message>
    <message>
        <source>The export was cancelled; nothing was written.</source>
        <translation>L&apos;exportation a été annulée ; rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>A file named {name} already exists in {folder}.</source>
        <translation>Un fichier nommé {name} existe déjà dans {folder}.</translation>
    </message>
    <message>
        <source>Replace it with the new PDF?</source>
        <translation>Le remplacer par le nouveau PDF ?</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>&amp;Remplacer</translation>
    </message>
    <message>
        <source>Not exported: the briefing was not written.</source>
        <translation>Non exporté : la note d&apos;information n&apos;a pas été écrite.</translation>
    </message>
    <message>
        <source>The folder could not be opened: {folder}</source>
        <translation>Le dossier n&apos;a pas pu être ouvert : {folder}</translation>
    </message>
    <message>
        <source>{file} was sent to the printer.</source>
        <translation>{file} a été envoyé à l&apos;imprimante.</translation>
    </message>
    <message>
        <source>{file} is open in your PDF viewer: print it from there.</source>
        <translation>{file} est ouvert dans votre visionneuse PDF : imprimez-le depuis celle-ci.</translation>
    </message>
    <message>
        <source>No application on this computer opens PDF files; the PDF is at {path}</source>
        <translation>Aucune application de cet ordinateur n&apos;ouvre les fichiers PDF ; le PDF se trouve ici : {path}</translation>
    </message>
</context>
<context>
    <name>ExportForm</name>
    <message>
        <source>Category sheet</source>
        <translation>Fiche de catégorie</translation>
    </message>
    <message>
        <source>Glossary handout</source>
        <translation>Glossaire à distribuer</translation>
    </message>
    <message>
        <source>The PIM Matrix on one page</source>
        <translation>La matrice PIM sur une page</translation>
    </message>
    <message>
        <source>Public</source>
        <translation>Public</translation>
    </message>
    <message>
        <source>Restricted</source>
        <translation>Diffusion restreinte</translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation>Confidentiel</translation>
    </message>
    <message>
        <source>Strictly confidential</source>
        <translation>Strictement confidentiel</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Which document to export</source>
        <translation>Le document à exporter</translation>
    </message>
    <message>
        <source>Context briefing</source>
        <translation>Note d&apos;information sur un contexte</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>Contexte</translation>
    </message>
    <message>
        <source>The saved context the briefing is about</source>
        <translation>Le contexte enregistré dont traite la note d&apos;information</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>The category on the sheet</source>
        <translation>La catégorie de la fiche</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Lettre US</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Papier</translation>
    </message>
    <message>
        <source>The paper size of the pages</source>
        <translation>Le format de papier des pages</translation>
    </message>
    <message>
        <source>A3 landscape</source>
        <translation>A3 paysage</translation>
    </message>
    <message>
        <source>A4 landscape, items shortened</source>
        <translation>A4 paysage, éléments abrégés</translation>
    </message>
    <message>
        <source>Letter landscape, items shortened</source>
        <translation>Letter paysage, éléments abrégés</translation>
    </message>
    <message>
        <source>Poster paper</source>
        <translation>Papier de l&apos;affiche</translation>
    </message>
    <message>
        <source>The landscape paper the matrix is printed on</source>
        <translation>Le papier paysage sur lequel la matrice est imprimée</translation>
    </message>
    <message>
        <source>Hi&amp;ghlight a selection&apos;s accepted categories</source>
        <translation>&amp;Mettre en évidence les catégories acceptées d&apos;une sélection</translation>
    </message>
    <message>
        <source>Highlight a selection&apos;s accepted categories</source>
        <translation>Mettre en évidence les catégories acceptées d&apos;une sélection</translation>
    </message>
    <message>
        <source>Highlight the chosen selection&apos;s categories on the matrix</source>
        <translation>Mettre en évidence sur la matrice les catégories de la sélection choisie</translation>
    </message>
    <message>
        <source>Sensitivity</source>
        <translation>Sensibilité</translation>
    </message>
    <message>
        <source>The sensitivity level printed at the top and bottom of every page</source>
        <translation>Le niveau de sensibilité imprimé en haut et en bas de chaque page</translation>
    </message>
    <message>
        <source>Include the team&apos;s &amp;notes</source>
        <translation>Inclure les &amp;notes de l&apos;équipe</translation>
    </message>
    <message>
        <source>Include the team&apos;s notes</source>
        <translation>Inclure les notes de l&apos;équipe</translation>
    </message>
    <message>
        <source>Print the notes written in the context</source>
        <translation>Imprimer les notes écrites dans le contexte</translation>
    </message>
    <message>
        <source>&amp;Context:</source>
        <translation>&amp;Contexte :</translation>
    </message>
    <message>
        <source>There is no saved context yet: build one under My contexts to export its briefing.</source>
        <translation>Aucun contexte enregistré pour l&apos;instant : construisez-en un dans Mes contextes pour exporter sa note d&apos;information.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Where the PDF is saved</source>
        <translation>L&apos;emplacement où le PDF est enregistré</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoisir…</translation>
    </message>
    <message>
        <source>Choose the file</source>
        <translation>Choisir le fichier</translation>
    </message>
    <message>
        <source>Choose the folder and name of the PDF</source>
        <translation>Choisir le dossier et le nom du PDF</translation>
    </message>
    <message>
        <source>&amp;Document:</source>
        <translation>&amp;Document :</translation>
    </message>
    <message>
        <source>C&amp;ategory:</source>
        <translation>C&amp;atégorie :</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>&amp;Papier :</translation>
    </message>
    <message>
        <source>Poster pape&amp;r:</source>
        <translation>Papie&amp;r de l&apos;affiche :</translation>
    </message>
    <message>
        <source>Sensiti&amp;vity:</source>
        <translation>Sensi&amp;bilité :</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fichier :</translation>
    </message>
    <message>
        <source>Choose where to save the PDF.</source>
        <translation>Choisissez où enregistrer le PDF.</translation>
    </message>
    <message>
        <source>Save the PDF as</source>
        <translation>Enregistrer le PDF sous</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>Glossary</name>
    <message>
        <source>Also: {names}</source>
        <translation>Aussi : {names}</translation>
    </message>
    <message>
        <source>Jump to a letter</source>
        <translation>Aller à une lettre</translation>
    </message>
    <message>
        <source>Terms starting with {letter}</source>
        <translation>Termes commençant par {letter}</translation>
    </message>
    <message>
        <source>Terms starting with a digit or symbol</source>
        <translation>Termes commençant par un chiffre ou un symbole</translation>
    </message>
    <message>
        <source>Filter terms</source>
        <translation>Filtrer les termes</translation>
    </message>
    <message>
        <source>Show only the terms that contain these words</source>
        <translation>N&apos;afficher que les termes qui contiennent ces mots</translation>
    </message>
    <message>
        <source>Terms</source>
        <translation>Termes</translation>
    </message>
    <message>
        <source>The glossary terms A to Z; choose one to read it</source>
        <translation>Les termes du glossaire de A à Z ; choisissez-en un pour le lire</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Terme</translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation>&amp;Filtre :</translation>
    </message>
    <message>
        <source>Glossary handout as P&amp;DF…</source>
        <translation>Glossaire à distribuer en P&amp;DF…</translation>
    </message>
    <message>
        <source>Export every term, A to Z, as a PDF to print and hand out</source>
        <translation>Exporter tous les termes, de A à Z, dans un PDF à imprimer et à distribuer</translation>
    </message>
    <message>
        <source>{shown} of {total} terms</source>
        <translation>{shown} termes sur {total}</translation>
    </message>
    <message>
        <source>PIM Desk&apos;s glossary</source>
        <translation>Glossaire de PIM Desk</translation>
    </message>
    <message>
        <source>The endorsed Common PIM Terminology (§5 of the source) is a separate document that PIM Desk does not carry: these are PIM Desk&apos;s own definitions, each marked with where it comes from.</source>
        <translation>La terminologie PIM commune approuvée (§5 de la source) est un document distinct que PIM Desk ne contient pas : ce sont les définitions propres à PIM Desk, chacune marquée de sa provenance.</translation>
    </message>
    <message>
        <source>Choose a term on the left, type to filter the list, or jump to a letter. Terms in any page of PIM Desk are links to this glossary.</source>
        <translation>Choisissez un terme dans la liste, tapez pour filtrer la liste ou allez à une lettre. Dans toutes les pages de PIM Desk, les termes sont des liens vers ce glossaire.</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Agreed and endorsed</source>
        <translation>Adoptée et approuvée</translation>
    </message>
    <message>
        <source>Agreed, further work needed</source>
        <translation>Adoptée, travail complémentaire nécessaire</translation>
    </message>
    <message>
        <source>Objective agreed, definition not agreed</source>
        <translation>Objectif adopté, définition non adoptée</translation>
    </message>
    <message>
        <source>Definition not agreed, title and scope under review</source>
        <translation>Définition non adoptée, titre et champ en cours d&apos;examen</translation>
    </message>
    <message>
        <source>Spirit endorsed, not counted as agreed</source>
        <translation>Esprit approuvé, non comptée comme adoptée</translation>
    </message>
    <message>
        <source>Definition not agreed</source>
        <translation>Définition non adoptée</translation>
    </message>
    <message>
        <source>Must have</source>
        <translation>Indispensable</translation>
    </message>
    <message>
        <source>Nice to have</source>
        <translation>Souhaitable</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Catégories</translation>
    </message>
    <message>
        <source>Glossary</source>
        <translation>Glossaire</translation>
    </message>
    <message>
        <source>Matrix</source>
        <translation>Matrice</translation>
    </message>
    <message>
        <source>Matrix rows</source>
        <translation>Lignes de la matrice</translation>
    </message>
    <message>
        <source>Scenarios</source>
        <translation>Scénarios</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Questions</translation>
    </message>
    <message>
        <source>Principles</source>
        <translation>Principes</translation>
    </message>
    <message>
        <source>Data sharing</source>
        <translation>Partage des données</translation>
    </message>
    <message>
        <source>Access framework</source>
        <translation>Cadre d&apos;accès</translation>
    </message>
    <message>
        <source>About PIM</source>
        <translation>À propos de la PIM</translation>
    </message>
    <message>
        <source>Relationships</source>
        <translation>Relations</translation>
    </message>
    <message>
        <source>Merged categories</source>
        <translation>Catégories fusionnées</translation>
    </message>
    <message>
        <source>{first} comes before {second}</source>
        <translation>{first} vient avant {second}</translation>
    </message>
    <message>
        <source>{first} complements {second}</source>
        <translation>{first} complète {second}</translation>
    </message>
    <message>
        <source>{first} feeds {second}</source>
        <translation>{first} alimente {second}</translation>
    </message>
    <message>
        <source>{first} overlaps with {second}</source>
        <translation>{first} recoupe {second}</translation>
    </message>
    <message>
        <source>{first} and {second}</source>
        <translation>{first} et {second}</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Accueil</translation>
    </message>
    <message>
        <source>My contexts</source>
        <translation>Mes contextes</translation>
    </message>
    <message>
        <source>Your contexts: your team&apos;s selection of PIM categories for an operation</source>
        <translation>Vos contextes : la sélection de catégories PIM de votre équipe pour une opération</translation>
    </message>
    <message>
        <source>Bookmarks</source>
        <translation>Signets</translation>
    </message>
    <message>
        <source>Where to start, and the pages you viewed last</source>
        <translation>Par où commencer, et les dernières pages consultées</translation>
    </message>
    <message>
        <source>The PIM Matrix: categories by elements, by row, or by the data you need</source>
        <translation>La matrice PIM : catégories par éléments, par ligne ou selon les données dont vous avez besoin</translation>
    </message>
    <message>
        <source>The eight PIM categories and their status</source>
        <translation>Les huit catégories PIM et leur statut</translation>
    </message>
    <message>
        <source>PIM Desk&apos;s glossary, A to Z</source>
        <translation>Le glossaire de PIM Desk, de A à Z</translation>
    </message>
    <message>
        <source>The principles that guide all PIM work</source>
        <translation>Les principes qui guident tout le travail PIM</translation>
    </message>
    <message>
        <source>What data each kind of situation needs</source>
        <translation>Les données dont chaque type de situation a besoin</translation>
    </message>
    <message>
        <source>Data-sharing challenges and how to reduce them</source>
        <translation>Les difficultés du partage des données et comment les réduire</translation>
    </message>
    <message>
        <source>The humanitarian access framework</source>
        <translation>Le cadre de l&apos;accès humanitaire</translation>
    </message>
    <message>
        <source>What PIM is: its definition, vision, mission and results</source>
        <translation>Ce qu&apos;est la PIM : sa définition, sa vision, sa mission et ses résultats</translation>
    </message>
    <message>
        <source>Your bookmarks and the pages you viewed recently</source>
        <translation>Vos signets et les pages consultées récemment</translation>
    </message>
    <message>
        <source>Definition of PIM</source>
        <translation>Définition de la PIM</translation>
    </message>
    <message>
        <source>Vision</source>
        <translation>Vision</translation>
    </message>
    <message>
        <source>Mission</source>
        <translation>Mission</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>Objectifs</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <source>The PIM Matrix</source>
        <translation>La matrice PIM</translation>
    </message>
    <message>
        <source>Why categories</source>
        <translation>Pourquoi des catégories</translation>
    </message>
    <message>
        <source>The PIM process</source>
        <translation>Le processus PIM</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>Prochaines étapes</translation>
    </message>
    <message>
        <source>About the source document</source>
        <translation>À propos du document source</translation>
    </message>
    <message>
        <source>What was agreed</source>
        <translation>Ce qui a été adopté</translation>
    </message>
    <message>
        <source>Reading the source</source>
        <translation>Lire la source</translation>
    </message>
    <message>
        <source>Questions the source leaves open</source>
        <translation>Questions que la source laisse ouvertes</translation>
    </message>
    <message>
        <source>Before sharing: the footnote 7 checklist</source>
        <translation>Avant de partager : la liste de contrôle de la note 7</translation>
    </message>
    <message>
        <source>Documents referenced but not carried</source>
        <translation>Documents cités mais non repris</translation>
    </message>
    <message>
        <source>Partly agreed</source>
        <translation>Partiellement adopté</translation>
    </message>
    <message>
        <source>Not agreed</source>
        <translation>Non adopté</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>Use PIM Desk in {language}</source>
        <translation>Utiliser PIM Desk en {language}</translation>
    </message>
    <message>
        <source>PIM Desk will be in {language} the next time it starts.</source>
        <translation>PIM Desk sera en {language} à son prochain démarrage.</translation>
    </message>
    <message>
        <source>Restart now? Your work is saved as you go.</source>
        <translation>Redémarrer maintenant ? Votre travail est enregistré au fur et à mesure.</translation>
    </message>
    <message>
        <source>&amp;Restart now</source>
        <translation>&amp;Redémarrer maintenant</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>Plus &amp;tard</translation>
    </message>
</context>
<context>
    <name>Matrix</name>
    <message>
        <source>e.g.</source>
        <translation>p. ex.</translation>
    </message>
    <message>
        <source>… and {count} more: open the cell</source>
        <translation>… et {count} autre(s) : ouvrez la cellule</translation>
    </message>
    <message>
        <source>{category}: {element} ({sources}). Press Enter to open the cell.</source>
        <translation>{category} : {element} ({sources}). Appuyez sur Entrée pour ouvrir la cellule.</translation>
    </message>
    <message>
        <source>{name}: {status}. Definition: {provenance}. Click to open the category.</source>
        <translation>{name} : {status}. Définition : {provenance}. Cliquez pour ouvrir la catégorie.</translation>
    </message>
    <message>
        <source>{name}: click to see this row for every category.</source>
        <translation>{name} : cliquez pour voir cette ligne pour chaque catégorie.</translation>
    </message>
</context>
<context>
    <name>MatrixPage</name>
    <message>
        <source>Ways into the PIM Matrix</source>
        <translation>Façons d&apos;entrer dans la matrice PIM</translation>
    </message>
    <message>
        <source>PIM Matrix</source>
        <translation>Matrice PIM</translation>
    </message>
    <message>
        <source>Rows are the elements, columns the categories. Press Enter to open a cell.</source>
        <translation>Les lignes sont les éléments, les colonnes les catégories. Appuyez sur Entrée pour ouvrir une cellule.</translation>
    </message>
    <message>
        <source>&amp;Grid: by category</source>
        <translation>&amp;Grille : par catégorie</translation>
    </message>
    <message>
        <source>&amp;What data do I need?</source>
        <translation>&amp;De quelles données ai-je besoin ?</translation>
    </message>
    <message>
        <source>Categories across, elements down</source>
        <translation>Catégories en colonnes, éléments en lignes</translation>
    </message>
    <message>
        <source>Start from a question or a data need</source>
        <translation>Partir d&apos;une question ou d&apos;un besoin en données</translation>
    </message>
    <message>
        <source>Matrix row</source>
        <translation>Ligne de la matrice</translation>
    </message>
    <message>
        <source>The row to show for every category</source>
        <translation>La ligne à afficher pour chaque catégorie</translation>
    </message>
    <message>
        <source>Show for every category</source>
        <translation>Afficher pour chaque catégorie</translation>
    </message>
    <message>
        <source>By &amp;row:</source>
        <translation>Par &amp;ligne :</translation>
    </message>
    <message>
        <source>Press Enter on a cell (or double-click it) to read it in full; click a category&apos;s name to open the category.</source>
        <translation>Appuyez sur Entrée sur une cellule (ou double-cliquez dessus) pour la lire en entier ; cliquez sur le nom d&apos;une catégorie pour l&apos;ouvrir.</translation>
    </message>
    <message>
        <source>&amp;Fit all categories</source>
        <translation>&amp;Ajuster toutes les catégories</translation>
    </message>
    <message>
        <source>Fit all categories</source>
        <translation>Ajuster toutes les catégories</translation>
    </message>
    <message>
        <source>Show the eight categories side by side in the window&apos;s width</source>
        <translation>Afficher les huit catégories côte à côte dans la largeur de la fenêtre</translation>
    </message>
    <message>
        <source>What data do I need?</source>
        <translation>De quelles données ai-je besoin ?</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <source>Notice</source>
        <translation>Avis</translation>
    </message>
    <message>
        <source>&amp;Dismiss</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>Dismiss the notice</source>
        <translation>Fermer l&apos;avis</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Remarque :</translation>
    </message>
</context>
<context>
    <name>Needs</name>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Guiding questions</source>
        <translation>Questions d&apos;orientation</translation>
    </message>
    <message>
        <source>A guiding question; opens the categories that answer it</source>
        <translation>Une question d&apos;orientation ; ouvre les catégories qui y répondent</translation>
    </message>
    <message>
        <source>{priority} in the scenario {scenario}</source>
        <translation>{priority} dans le scénario {scenario}</translation>
    </message>
    <message>
        <source>{priority}: {scenario}</source>
        <translation>{priority} : {scenario}</translation>
    </message>
    <message>
        <source>[Must have]</source>
        <translation>[Indispensable]</translation>
    </message>
    <message>
        <source>[Nice to have]</source>
        <translation>[Souhaitable]</translation>
    </message>
    <message>
        <source>[Question]</source>
        <translation>[Question]</translation>
    </message>
    <message>
        <source>[Your words]</source>
        <translation>[Vos mots]</translation>
    </message>
    <message>
        <source>[Picked earlier]</source>
        <translation>[Choisi précédemment]</translation>
    </message>
    <message>
        <source>In your own words</source>
        <translation>Dans vos mots</translation>
    </message>
    <message>
        <source>Picked earlier</source>
        <translation>Choisis précédemment</translation>
    </message>
    <message>
        <source>Data and information you need</source>
        <translation>Données et informations dont vous avez besoin</translation>
    </message>
    <message>
        <source>The scenario&apos;s must-have and nice-to-have items and the guiding questions; Space checks what your team needs, Enter opens its page</source>
        <translation>Les éléments indispensables et souhaitables du scénario et les questions d&apos;orientation ; Espace coche ce dont votre équipe a besoin, Entrée ouvre sa page</translation>
    </message>
    <message>
        <source>A need in your own words</source>
        <translation>Un besoin dans vos propres mots</translation>
    </message>
    <message>
        <source>Your own need</source>
        <translation>Votre propre besoin</translation>
    </message>
    <message>
        <source>Type a need that is not in the list, then press Enter to add it</source>
        <translation>Saisissez un besoin absent de la liste, puis appuyez sur Entrée pour l&apos;ajouter</translation>
    </message>
    <message>
        <source>&amp;Add need</source>
        <translation>&amp;Ajouter le besoin</translation>
    </message>
    <message>
        <source>Add the need typed beside it to the list, checked</source>
        <translation>Ajouter à la liste, coché, le besoin saisi à côté</translation>
    </message>
    <message>
        <source>What data and information does your team need? Check the items and questions that apply, or add your own: the suggestions follow what you check.</source>
        <translation>De quelles données et informations votre équipe a-t-elle besoin ? Cochez les éléments et questions qui s&apos;appliquent, ou ajoutez les vôtres : les propositions suivent ce que vous cochez.</translation>
    </message>
    <message>
        <source>&amp;Your own:</source>
        <translation>&amp;Le vôtre :</translation>
    </message>
    <message>
        <source>A need can have at most 500 characters.</source>
        <translation>Un besoin peut compter au plus 500 caractères.</translation>
    </message>
    <message>
        <source>Type the need first.</source>
        <translation>Saisissez d&apos;abord le besoin.</translation>
    </message>
</context>
<context>
    <name>NeedsPanel</name>
    <message>
        <source>Filter questions and needs</source>
        <translation>Filtrer les questions et les besoins</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filtre</translation>
    </message>
    <message>
        <source>Show only the questions and needs with these words</source>
        <translation>N&apos;afficher que les questions et besoins contenant ces mots</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Scénario</translation>
    </message>
    <message>
        <source>Show the needs of one scenario only</source>
        <translation>N&apos;afficher que les besoins d&apos;un seul scénario</translation>
    </message>
    <message>
        <source>Every scenario</source>
        <translation>Tous les scénarios</translation>
    </message>
    <message>
        <source>Questions and data needs</source>
        <translation>Questions et besoins en données</translation>
    </message>
    <message>
        <source>Choose one to see the categories that produce it</source>
        <translation>Choisissez-en un pour voir les catégories qui le produisent</translation>
    </message>
    <message>
        <source>Categories that produce it</source>
        <translation>Catégories qui le produisent</translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation>&amp;Filtre :</translation>
    </message>
    <message>
        <source>&amp;Scenario:</source>
        <translation>&amp;Scénario :</translation>
    </message>
    <message>
        <source>Start from what you need to know: choose a question or a data need to see which categories produce it.</source>
        <translation>Partez de ce que vous devez savoir : choisissez une question ou un besoin en données pour voir quelles catégories le produisent.</translation>
    </message>
    <message>
        <source>Choose a question or a data need on the left.</source>
        <translation>Choisissez une question ou un besoin en données dans la liste.</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <source>Status: {status}.</source>
        <translation>Statut : {status}.</translation>
    </message>
    <message>
        <source>e.g.</source>
        <translation>p. ex.</translation>
    </message>
    <message>
        <source>(conditions: {names})</source>
        <translation>(conditions : {names})</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Catégories</translation>
    </message>
    <message>
        <source>Each PIM category is a kind of protection information system. Each does something different and none does everything: choose the combination your context needs.</source>
        <translation>Chaque catégorie PIM est un type de système d&apos;information de protection. Chacune fait quelque chose de différent et aucune ne fait tout : choisissez la combinaison dont votre contexte a besoin.</translation>
    </message>
    <message>
        <source>{name} is now part of {target}.</source>
        <translation>{name} fait désormais partie de {target}.</translation>
    </message>
    <message>
        <source>Start a context with this scenario</source>
        <translation>Commencer un contexte avec ce scénario</translation>
    </message>
    <message>
        <source>Start a context from this</source>
        <translation>Commencer un contexte à partir d&apos;ici</translation>
    </message>
    <message>
        <source>Formerly called: {names}</source>
        <translation>Appelée auparavant : {names}</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>Definition</source>
        <translation>Définition</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Explication</translation>
    </message>
    <message>
        <source>In the PIM Matrix</source>
        <translation>Dans la matrice PIM</translation>
    </message>
    <message>
        <source>How it works with other categories</source>
        <translation>Comment elle fonctionne avec les autres catégories</translation>
    </message>
    <message>
        <source>Scenarios that need it</source>
        <translation>Scénarios qui en ont besoin</translation>
    </message>
    <message>
        <source>{name}: merged into this category</source>
        <translation>{name} : fusionnée dans cette catégorie</translation>
    </message>
    <message>
        <source>Related terms</source>
        <translation>Termes associés</translation>
    </message>
    <message>
        <source>{category}: {element}</source>
        <translation>{category} : {element}</translation>
    </message>
    <message>
        <source>The whole category: {category}. This row for every category: {element}.</source>
        <translation>La catégorie entière : {category}. Cette ligne pour chaque catégorie : {element}.</translation>
    </message>
    <message>
        <source>Conditions for sharing</source>
        <translation>Conditions du partage</translation>
    </message>
    <message>
        <source>{element}: every category</source>
        <translation>{element} : toutes les catégories</translation>
    </message>
    <message>
        <source>Called in later versions of the matrix: {names}</source>
        <translation>Appelée dans les versions ultérieures de la matrice : {names}</translation>
    </message>
    <message>
        <source>Open this cell: {category}</source>
        <translation>Ouvrir cette cellule : {category}</translation>
    </message>
    <message>
        <source>Principles</source>
        <translation>Principes</translation>
    </message>
    <message>
        <source>The principles that every PIM category and every data exchange follow.</source>
        <translation>Les principes que suivent chaque catégorie PIM et chaque échange de données.</translation>
    </message>
    <message>
        <source>Later called: {name}</source>
        <translation>Appelé plus tard : {name}</translation>
    </message>
    <message>
        <source>Data-sharing challenges where it applies</source>
        <translation>Difficultés du partage de données où il s&apos;applique</translation>
    </message>
    <message>
        <source>All principles</source>
        <translation>Tous les principes</translation>
    </message>
    <message>
        <source>Data sharing: challenges and mitigations</source>
        <translation>Partage des données : difficultés et mesures d&apos;atténuation</translation>
    </message>
    <message>
        <source>Sharing protection data helps the response and can harm the people it is about. Each challenge below comes with ways to reduce it.</source>
        <translation>Partager des données de protection aide la réponse et peut nuire aux personnes qu&apos;elles concernent. Chaque difficulté ci-dessous s&apos;accompagne de moyens de la réduire.</translation>
    </message>
    <message>
        <source>Mitigations</source>
        <translation>Mesures d&apos;atténuation</translation>
    </message>
    <message>
        <source>Principles at stake</source>
        <translation>Principes en jeu</translation>
    </message>
    <message>
        <source>Categories most concerned</source>
        <translation>Catégories les plus concernées</translation>
    </message>
    <message>
        <source>All challenges</source>
        <translation>Toutes les difficultés</translation>
    </message>
    <message>
        <source>Humanitarian access framework</source>
        <translation>Cadre de l&apos;accès humanitaire</translation>
    </message>
    <message>
        <source>The dimensions and variables that Security and Situational Awareness uses to describe humanitarian access.</source>
        <translation>Les dimensions et variables que la catégorie Sécurité et connaissance de la situation utilise pour décrire l&apos;accès humanitaire.</translation>
    </message>
    <message>
        <source>See also: {link}</source>
        <translation>Voir aussi : {link}</translation>
    </message>
    <message>
        <source>About PIM</source>
        <translation>À propos de la PIM</translation>
    </message>
    <message>
        <source>Under consideration</source>
        <translation>En cours d&apos;examen</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Accueil</translation>
    </message>
    <message>
        <source>PIM Desk carries the Protection Information Management (PIM) framework: the PIM Matrix, PIM Desk&apos;s glossary, the principles, the scenarios and the data-sharing guidance. Everything works offline. Press Ctrl+K to search anything.</source>
        <translation>PIM Desk contient le cadre de gestion de l&apos;information de protection (PIM) : la matrice PIM, le glossaire de PIM Desk, les principes, les scénarios et les conseils pour le partage des données. Tout fonctionne hors ligne. Appuyez sur Ctrl+K pour rechercher n&apos;importe quoi.</translation>
    </message>
    <message>
        <source>Welcome to PIM Desk</source>
        <translation>Bienvenue dans PIM Desk</translation>
    </message>
    <message>
        <source>Where to start</source>
        <translation>Par où commencer</translation>
    </message>
    <message>
        <source>Recently viewed</source>
        <translation>Consultées récemment</translation>
    </message>
    <message>
        <source>What does each category produce? {link}</source>
        <translation>Que produit chaque catégorie ? {link}</translation>
    </message>
    <message>
        <source>Every category&apos;s outputs</source>
        <translation>Les produits de chaque catégorie</translation>
    </message>
    <message>
        <source>The whole picture: {link}, categories by elements.</source>
        <translation>Vue d&apos;ensemble : {link}, catégories par éléments.</translation>
    </message>
    <message>
        <source>the PIM Matrix</source>
        <translation>la matrice PIM</translation>
    </message>
    <message>
        <source>What does a word mean? {link}</source>
        <translation>Que signifie un mot ? {link}</translation>
    </message>
    <message>
        <source>The glossary, A to Z</source>
        <translation>Le glossaire, de A à Z</translation>
    </message>
    <message>
        <source>Which categories does my situation need? {links}</source>
        <translation>De quelles catégories ma situation a-t-elle besoin ? {links}</translation>
    </message>
    <message>
        <source>Which categories does my team need here, and why? {link}</source>
        <translation>De quelles catégories mon équipe a-t-elle besoin ici, et pourquoi ? {link}</translation>
    </message>
    <message>
        <source>Build a context</source>
        <translation>Construire un contexte</translation>
    </message>
    <message>
        <source>What data do I need? {link}</source>
        <translation>De quelles données ai-je besoin ? {link}</translation>
    </message>
    <message>
        <source>Questions and data needs</source>
        <translation>Questions et besoins en données</translation>
    </message>
    <message>
        <source>How to share data safely: {link}</source>
        <translation>Comment partager les données en toute sécurité : {link}</translation>
    </message>
    <message>
        <source>Data sharing</source>
        <translation>Partage des données</translation>
    </message>
    <message>
        <source>What PIM is: {link} and {principles}</source>
        <translation>Ce qu&apos;est la PIM : {link} et {principles}</translation>
    </message>
    <message>
        <source>the principles</source>
        <translation>les principes</translation>
    </message>
    <message>
        <source>English</source>
        <translation>anglais</translation>
    </message>
    <message>
        <source>Every text says where it comes from: a section in brackets is the source document&apos;s content in PIM Desk&apos;s words; PIM Desk&apos;s note on a section is its explanation around a passage that only mentions the subject; PIM Desk&apos;s illustration is PIM Desk&apos;s own example or common practice, not from the source. “e.g.” marks an illustrative example.</source>
        <translation>Chaque texte indique d&apos;où il vient : une section entre parenthèses marque le contenu du document source dans les mots de PIM Desk ; une note de PIM Desk sur une section est son explication autour d&apos;un passage qui ne fait que mentionner le sujet ; une illustration de PIM Desk est un exemple ou une pratique courante propre à PIM Desk, qui ne vient pas de la source. « p. ex. » signale un exemple illustratif.</translation>
    </message>
    <message>
        <source>[English] marks content that has not been translated into this language yet: it is shown in English.</source>
        <translation>[anglais] signale un contenu qui n&apos;a pas encore été traduit dans cette langue : il est affiché en anglais.</translation>
    </message>
    <message>
        <source>Scenarios</source>
        <translation>Scénarios</translation>
    </message>
    <message>
        <source>Which data and information a situation needs, and which categories produce them.</source>
        <translation>Les données et informations dont une situation a besoin, et les catégories qui les produisent.</translation>
    </message>
    <message>
        <source>Categories this scenario needs</source>
        <translation>Catégories dont ce scénario a besoin</translation>
    </message>
    <message>
        <source>Data and information needed</source>
        <translation>Données et informations nécessaires</translation>
    </message>
    <message>
        <source>Guiding questions</source>
        <translation>Questions d&apos;orientation</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Asked in: {names}</source>
        <translation>Posée dans : {names}</translation>
    </message>
    <message>
        <source>{priority} in {scenario}</source>
        <translation>{priority} dans {scenario}</translation>
    </message>
    <message>
        <source>Categories that produce it</source>
        <translation>Catégories qui le produisent</translation>
    </message>
    <message>
        <source>Its output:</source>
        <translation>Son produit :</translation>
    </message>
    <message>
        <source>Also: {names}</source>
        <translation>Aussi : {names}</translation>
    </message>
    <message>
        <source>Definitions</source>
        <translation>Définitions</translation>
    </message>
</context>
<context>
    <name>PersonalData</name>
    <message>
        <source>The briefing would print what looks like personal data.</source>
        <translation>La note d&apos;information imprimerait ce qui ressemble à des données personnelles.</translation>
    </message>
    <message>
        <source>The file would carry what looks like personal data to whoever gets it.</source>
        <translation>Le fichier transmettrait ce qui ressemble à des données personnelles à quiconque le reçoit.</translation>
    </message>
    <message>
        <source>PIM Desk is not meant to hold personal data of affected people.</source>
        <translation>PIM Desk n&apos;est pas fait pour contenir des données personnelles de personnes affectées.</translation>
    </message>
    <message>
        <source>… and {count} more.</source>
        <translation>… et {count} autre(s).</translation>
    </message>
    <message>
        <source>Go on only if this may leave the computer; otherwise cancel, then edit the text or leave it out.</source>
        <translation>Ne continuez que si cela peut quitter l&apos;ordinateur ; sinon, annulez, puis modifiez le texte ou laissez-le de côté.</translation>
    </message>
    <message>
        <source>&amp;Proceed anyway</source>
        <translation>&amp;Continuer quand même</translation>
    </message>
    <message>
        <source>Personal data warning</source>
        <translation>Avertissement sur les données personnelles</translation>
    </message>
    <message>
        <source>{what}: {text}</source>
        <translation>{what} : {text}</translation>
    </message>
    <message>
        <source>This looks like personal data ({found}). PIM Desk is not meant to hold personal data of affected people: consider removing it.</source>
        <translation>Ceci ressemble à des données personnelles ({found}). PIM Desk n&apos;est pas fait pour contenir des données personnelles de personnes affectées : envisagez de les retirer.</translation>
    </message>
</context>
<context>
    <name>Progress</name>
    <message>
        <source>Collecting the content</source>
        <translation>Rassemblement du contenu</translation>
    </message>
    <message>
        <source>Laying out the pages</source>
        <translation>Mise en page</translation>
    </message>
    <message>
        <source>Saving the file</source>
        <translation>Enregistrement du fichier</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Enregistré</translation>
    </message>
    <message>
        <source>Checking the pack: its files, manifest and signature</source>
        <translation>Vérification du paquet : ses fichiers, son manifeste et sa signature</translation>
    </message>
    <message>
        <source>Unpacking the content</source>
        <translation>Décompression du contenu</translation>
    </message>
    <message>
        <source>Validating the content</source>
        <translation>Validation du contenu</translation>
    </message>
    <message>
        <source>Building the reference database</source>
        <translation>Construction de la base de référence</translation>
    </message>
    <message>
        <source>Switching to the new content</source>
        <translation>Passage au nouveau contenu</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
</context>
<context>
    <name>Reasons</name>
    <message>
        <source>Tier: {tier}</source>
        <translation>Niveau : {tier}</translation>
    </message>
    <message>
        <source>Add it when {condition}.</source>
        <translation>L&apos;ajouter quand : {condition}.</translation>
    </message>
    <message>
        <source>Suggested first: a contextual risk analysis comes before any response.</source>
        <translation>Proposée en premier : une analyse contextuelle des risques précède toute réponse.</translation>
    </message>
    <message>
        <source>First</source>
        <translation>En premier</translation>
    </message>
    <message>
        <source>Comes before 1 category:</source>
        <translation>Vient avant 1 catégorie :</translation>
    </message>
    <message>
        <source>Comes before {n} categories:</source>
        <translation>Vient avant {n} catégories :</translation>
    </message>
    <message>
        <source>Produces a must-have item of the scenario:</source>
        <translation>Produit un élément indispensable du scénario :</translation>
    </message>
    <message>
        <source>Produces {n} must-have items of the scenario:</source>
        <translation>Produit {n} éléments indispensables du scénario :</translation>
    </message>
    <message>
        <source>Produces a nice-to-have item of the scenario:</source>
        <translation>Produit un élément souhaitable du scénario :</translation>
    </message>
    <message>
        <source>Produces {n} nice-to-have items of the scenario:</source>
        <translation>Produit {n} éléments souhaitables du scénario :</translation>
    </message>
    <message>
        <source>Answers {n} of the needs you picked:</source>
        <translation>Répond à {n} des besoins que vous avez choisis :</translation>
    </message>
    <message>
        <source>Works with 1 category this context needs:</source>
        <translation>Fonctionne avec 1 catégorie dont ce contexte a besoin :</translation>
    </message>
    <message>
        <source>Works with {n} categories this context needs:</source>
        <translation>Fonctionne avec {n} catégories dont ce contexte a besoin :</translation>
    </message>
    <message>
        <source>how they work together</source>
        <translation>comment elles fonctionnent ensemble</translation>
    </message>
    <message>
        <source>(not in the current content)</source>
        <translation>(absent du contenu actuel)</translation>
    </message>
    <message>
        <source>A gap to fill</source>
        <translation>Une lacune à combler</translation>
    </message>
    <message>
        <source>Needed, but no system of this category operates here.</source>
        <translation>Nécessaire, mais aucun système de cette catégorie ne fonctionne ici.</translation>
    </message>
    <message>
        <source>Needed, and it is not known whether a system of this category operates here: find out.</source>
        <translation>Nécessaire, et on ne sait pas si un système de cette catégorie fonctionne ici : renseignez-vous.</translation>
    </message>
    <message>
        <source>Already here</source>
        <translation>Déjà en place</translation>
    </message>
    <message>
        <source>A system of this category already operates here: build on it and share its data.</source>
        <translation>Un système de cette catégorie fonctionne déjà ici : appuyez-vous sur lui et partagez ses données.</translation>
    </message>
    <message>
        <source>Planned here</source>
        <translation>Prévu ici</translation>
    </message>
    <message>
        <source>A system of this category is planned here: check that it will come in time.</source>
        <translation>Un système de cette catégorie est prévu ici : vérifiez qu&apos;il arrivera à temps.</translation>
    </message>
    <message>
        <source>This category is not in the current content: a content update removed or renamed it. Your decision and notes on it are kept.</source>
        <translation>Cette catégorie ne figure pas dans le contenu actuel : une mise à jour du contenu l&apos;a retirée ou renommée. Votre décision et vos notes la concernant sont conservées.</translation>
    </message>
    <message>
        <source>The rules do not suggest this category for this context: your team added it.</source>
        <translation>Les règles ne proposent pas cette catégorie pour ce contexte : votre équipe l&apos;a ajoutée.</translation>
    </message>
</context>
<context>
    <name>SaveConflict</name>
    <message>
        <source>Your changes to “{name}” were not saved.</source>
        <translation>Vos modifications de « {name} » n’ont pas été enregistrées.</translation>
    </message>
    <message>
        <source>Keep theirs shows the stored version and drops your changes; Save mine as a copy keeps both.</source>
        <translation>« Garder la leur » affiche la version enregistrée et abandonne vos modifications ; « Enregistrer la mienne comme copie » garde les deux.</translation>
    </message>
    <message>
        <source>Keep theirs</source>
        <translation>Garder la leur</translation>
    </message>
    <message>
        <source>Save mine as a copy</source>
        <translation>Enregistrer la mienne comme copie</translation>
    </message>
</context>
<context>
    <name>Search</name>
    <message>
        <source>Search PIM (Ctrl+K)</source>
        <translation>Rechercher dans PIM (Ctrl+K)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>Search categories, the matrix, the glossary and every page. Results appear as you type; use the arrow keys and Enter to open one.</source>
        <translation>Rechercher dans les catégories, la matrice, le glossaire et toutes les pages. Les résultats s&apos;affichent pendant la saisie ; utilisez les flèches et Entrée pour en ouvrir un.</translation>
    </message>
    <message>
        <source>{kind} result; press Enter to open it</source>
        <translation>Résultat de type {kind} ; appuyez sur Entrée pour l&apos;ouvrir</translation>
    </message>
    <message>
        <source>{kind} ({count})</source>
        <translation>{kind} ({count})</translation>
    </message>
    <message>
        <source>Search summary</source>
        <translation>Résumé de la recherche</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Résultats de la recherche</translation>
    </message>
    <message>
        <source>Grouped by kind; press Enter to open a result</source>
        <translation>Regroupés par type ; appuyez sur Entrée pour ouvrir un résultat</translation>
    </message>
    <message>
        <source>Did you mean: {word}?</source>
        <translation>Vouliez-vous dire : {word} ?</translation>
    </message>
    <message>
        <source>No results for “{query}”. Showing results for “{word}”.</source>
        <translation>Aucun résultat pour « {query} ». Résultats affichés pour « {word} ».</translation>
    </message>
    <message>
        <source>{count} results for “{query}”</source>
        <translation>{count} résultats pour « {query} »</translation>
    </message>
    <message>
        <source>No results for “{query}”. Press Enter to search for “{word}”.</source>
        <translation>Aucun résultat pour « {query} ». Appuyez sur Entrée pour rechercher « {word} ».</translation>
    </message>
    <message>
        <source>No results for “{query}”.</source>
        <translation>Aucun résultat pour « {query} ».</translation>
    </message>
</context>
<context>
    <name>Selections</name>
    <message>
        <source>My contexts</source>
        <translation>Mes contextes</translation>
    </message>
</context>
<context>
    <name>StartContext</name>
    <message>
        <source>New context</source>
        <translation>Nouveau contexte</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Scénario</translation>
    </message>
    <message>
        <source>The scenario of the new context: it decides the first tiers</source>
        <translation>Le scénario du nouveau contexte : il détermine les premiers niveaux</translation>
    </message>
    <message>
        <source>Choose a scenario…</source>
        <translation>Choisissez un scénario…</translation>
    </message>
    <message>
        <source>Which &amp;scenario is this context in?</source>
        <translation>Dans quel &amp;scénario se trouve ce contexte ?</translation>
    </message>
</context>
<context>
    <name>Suggestions</name>
    <message>
        <source>Add when {condition}</source>
        <translation>Ajouter quand : {condition}</translation>
    </message>
    <message>
        <source>Added by your team</source>
        <translation>Ajoutée par votre équipe</translation>
    </message>
    <message>
        <source>Suggested first: risk analysis</source>
        <translation>Proposée en premier : analyse des risques</translation>
    </message>
    <message>
        <source>Suggested (1 reason)</source>
        <translation>Proposée (1 raison)</translation>
    </message>
    <message>
        <source>Suggested ({n} reasons)</source>
        <translation>Proposée ({n} raisons)</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Why it is suggested</source>
        <translation>Pourquoi elle est proposée</translation>
    </message>
    <message>
        <source>The reasons for the chosen category, with their sources</source>
        <translation>Les raisons de la catégorie choisie, avec leurs sources</translation>
    </message>
    <message>
        <source>Suggested categories</source>
        <translation>Catégories proposées</translation>
    </message>
    <message>
        <source>The categories the rules suggest for this context, first those to put in place first, and those your team added; choose one to see why and decide</source>
        <translation>Les catégories que les règles proposent pour ce contexte, d&apos;abord celles à mettre en place en premier, et celles ajoutées par votre équipe ; choisissez-en une pour voir pourquoi et décider</translation>
    </message>
    <message>
        <source>Leave the category undecided</source>
        <translation>Laisser la catégorie en suspens</translation>
    </message>
    <message>
        <source>Use this category in this context</source>
        <translation>Utiliser cette catégorie dans ce contexte</translation>
    </message>
    <message>
        <source>Do not use this category here</source>
        <translation>Ne pas utiliser cette catégorie ici</translation>
    </message>
    <message>
        <source>To &amp;decide</source>
        <translation>À &amp;décider</translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation>&amp;Accepter</translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation>&amp;Rejeter</translation>
    </message>
    <message>
        <source>To decide</source>
        <translation>À décider</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Accepter</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Rejeter</translation>
    </message>
    <message>
        <source>How urgently your team wants this category in place</source>
        <translation>L&apos;urgence avec laquelle votre équipe veut mettre cette catégorie en place</translation>
    </message>
    <message>
        <source>Why, who, by when…</source>
        <translation>Pourquoi, qui, pour quand…</translation>
    </message>
    <message>
        <source>Notes on the category</source>
        <translation>Notes sur la catégorie</translation>
    </message>
    <message>
        <source>Your team&apos;s notes on this category; saved as you type</source>
        <translation>Les notes de votre équipe sur cette catégorie ; enregistrées pendant la saisie</translation>
    </message>
    <message>
        <source>Category to add</source>
        <translation>Catégorie à ajouter</translation>
    </message>
    <message>
        <source>A category the rules did not suggest, to add by hand</source>
        <translation>Une catégorie que les règles n&apos;ont pas proposée, à ajouter à la main</translation>
    </message>
    <message>
        <source>Add &amp;by hand</source>
        <translation>Ajouter à la &amp;main</translation>
    </message>
    <message>
        <source>Add the chosen category to this context, accepted</source>
        <translation>Ajouter la catégorie choisie à ce contexte, acceptée</translation>
    </message>
    <message>
        <source>Each context needs its own combination of categories. The rules sort them into start here, add when … and not needed now, from the scenario, the data you need, the systems already there and your limits; choose one to see why, then decide.</source>
        <translation>Chaque contexte a besoin de sa propre combinaison de catégories. Les règles les classent en « commencer ici », « ajouter quand … » et « pas nécessaire pour l&apos;instant », d&apos;après le scénario, les données dont vous avez besoin, les systèmes déjà en place et vos limites ; choisissez-en une pour voir pourquoi, puis décidez.</translation>
    </message>
    <message>
        <source>Add a cate&amp;gory:</source>
        <translation>Ajouter une caté&amp;gorie :</translation>
    </message>
    <message>
        <source>Decision:</source>
        <translation>Décision :</translation>
    </message>
    <message>
        <source>&amp;Priority:</source>
        <translation>&amp;Priorité :</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notes :</translation>
    </message>
    <message>
        <source>Choose a scenario to see the suggested categories.</source>
        <translation>Choisissez un scénario pour voir les catégories proposées.</translation>
    </message>
    <message>
        <source>Notes can have at most {limit} characters; shorten them to save them.</source>
        <translation>Les notes peuvent compter au plus {limit} caractères ; raccourcissez-les pour les enregistrer.</translation>
    </message>
</context>
<context>
    <name>Systems</name>
    <message>
        <source>Systems already operating</source>
        <translation>Systèmes déjà en place</translation>
    </message>
    <message>
        <source>For each category, whether a PIM system operates in the context</source>
        <translation>Pour chaque catégorie, si un système PIM fonctionne dans le contexte</translation>
    </message>
    <message>
        <source>Which PIM systems already operate here? A needed category with no system is a gap to fill; one already operating is something to build on.</source>
        <translation>Quels systèmes PIM fonctionnent déjà ici ? Une catégorie nécessaire sans système est une lacune à combler ; un système déjà en place est une base sur laquelle s&apos;appuyer.</translation>
    </message>
    <message>
        <source>Without a named system: status by category</source>
        <translation>Sans système nommé : état par catégorie</translation>
    </message>
    <message>
        <source>System status: {category}</source>
        <translation>État du système : {category}</translation>
    </message>
    <message>
        <source>Whether a {category} system operates in this context</source>
        <translation>Si un système « {category} » fonctionne dans ce contexte</translation>
    </message>
    <message>
        <source>{badge} Kept from an earlier content version: {lines}</source>
        <translation>{badge} Conservé d&apos;une version antérieure du contenu : {lines}</translation>
    </message>
</context>
<context>
    <name>SystemsMap</name>
    <message>
        <source>System</source>
        <translation>Système</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Shares</source>
        <translation>Partage</translation>
    </message>
    <message>
        <source>How often</source>
        <translation>Fréquence</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>What limits this context?</source>
        <translation>Qu&apos;est-ce qui limite ce contexte ?</translation>
    </message>
    <message>
        <source>A limit the suggestions take into account</source>
        <translation>Une limite dont les suggestions tiennent compte</translation>
    </message>
    <message>
        <source>Systems map: who runs what</source>
        <translation>Carte des systèmes : qui gère quoi</translation>
    </message>
    <message>
        <source>For example: DTM round 3</source>
        <translation>Par exemple : DTM, 3e cycle</translation>
    </message>
    <message>
        <source>System name</source>
        <translation>Nom du système</translation>
    </message>
    <message>
        <source>The name of the system to add, as the team calls it</source>
        <translation>Le nom du système à ajouter, tel que l&apos;équipe l&apos;appelle</translation>
    </message>
    <message>
        <source>System category</source>
        <translation>Catégorie du système</translation>
    </message>
    <message>
        <source>The PIM category the system to add belongs to</source>
        <translation>La catégorie PIM à laquelle appartient le système à ajouter</translation>
    </message>
    <message>
        <source>System status</source>
        <translation>État du système</translation>
    </message>
    <message>
        <source>Whether the system to add is operating, planned or stopped</source>
        <translation>Si le système à ajouter est en place, prévu ou arrêté</translation>
    </message>
    <message>
        <source>Who runs it</source>
        <translation>Qui le gère</translation>
    </message>
    <message>
        <source>The organisation that runs the system to add</source>
        <translation>L&apos;organisation qui gère le système à ajouter</translation>
    </message>
    <message>
        <source>What it shares</source>
        <translation>Ce qu&apos;il partage</translation>
    </message>
    <message>
        <source>The data or information the system shares</source>
        <translation>Les données ou informations que le système partage</translation>
    </message>
    <message>
        <source>How often, e.g. monthly</source>
        <translation>À quelle fréquence, p. ex. chaque mois</translation>
    </message>
    <message>
        <source>How often the system shares it</source>
        <translation>À quelle fréquence le système les partage</translation>
    </message>
    <message>
        <source>Whom to ask</source>
        <translation>À qui s&apos;adresser</translation>
    </message>
    <message>
        <source>Whom to ask about the system</source>
        <translation>À qui s&apos;adresser au sujet du système</translation>
    </message>
    <message>
        <source>Add to the &amp;map</source>
        <translation>Ajouter à la &amp;carte</translation>
    </message>
    <message>
        <source>Re&amp;move the chosen system</source>
        <translation>&amp;Retirer le système choisi</translation>
    </message>
    <message>
        <source>Remove the chosen system from the map</source>
        <translation>Retirer le système choisi de la carte</translation>
    </message>
    <message>
        <source>Systems on the map</source>
        <translation>Systèmes sur la carte</translation>
    </message>
    <message>
        <source>The PIM systems of this operation: who runs what, what it shares and how often</source>
        <translation>Les systèmes PIM de cette opération : qui gère quoi, ce que chacun partage et à quelle fréquence</translation>
    </message>
    <message>
        <source>System:</source>
        <translation>Système :</translation>
    </message>
    <message>
        <source>Run by:</source>
        <translation>Géré par :</translation>
    </message>
    <message>
        <source>Shares:</source>
        <translation>Partage :</translation>
    </message>
    <message>
        <source>The map already has a system named “{name}”: choose another.</source>
        <translation>La carte a déjà un système nommé « {name} » : choisissez un autre nom.</translation>
    </message>
    <message>
        <source>Gap: {category} is needed and no system runs it.</source>
        <translation>Lacune : {category} est nécessaire et aucun système ne la couvre.</translation>
    </message>
    <message>
        <source>Overlap: {category} is done by {systems}.</source>
        <translation>Chevauchement : {category} est assurée par {systems}.</translation>
    </message>
    <message>
        <source>No gaps and no overlaps.</source>
        <translation>Ni lacune ni chevauchement.</translation>
    </message>
</context>
<context>
    <name>TaskPanel</name>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <source>How far the work has got</source>
        <translation>L&apos;avancement du travail</translation>
    </message>
    <message>
        <source>Cance&amp;l</source>
        <translation>Annu&amp;ler</translation>
    </message>
    <message>
        <source>Cancel the work</source>
        <translation>Annuler le travail</translation>
    </message>
    <message>
        <source>Stop now; nothing is changed</source>
        <translation>Arrêter maintenant ; rien n&apos;est modifié</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
</context>
<context>
    <name>ToolActions</name>
    <message>
        <source>&amp;Export PDF…</source>
        <translation>&amp;Exporter en PDF…</translation>
    </message>
    <message>
        <source>Export a briefing, a category sheet or the glossary (Ctrl+E)</source>
        <translation>Exporter une note d&apos;information, une fiche de catégorie ou le glossaire (Ctrl+E)</translation>
    </message>
    <message>
        <source>&amp;Update content…</source>
        <translation>Mettre à jour le &amp;contenu…</translation>
    </message>
    <message>
        <source>See the installed content, load a content pack, roll back</source>
        <translation>Voir le contenu installé, charger un paquet de contenu, revenir en arrière</translation>
    </message>
    <message>
        <source>&amp;Check my data…</source>
        <translation>&amp;Vérifier mes données…</translation>
    </message>
    <message>
        <source>Check your data file, back it up or restore a backup</source>
        <translation>Vérifier votre fichier de données, le sauvegarder ou restaurer une sauvegarde</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Outils</translation>
    </message>
</context>
<context>
    <name>UserGuide</name>
    <message>
        <source>Browse</source>
        <translation>Parcourir</translation>
    </message>
    <message>
        <source>The navigation pane on the left lists the parts of PIM Desk: the PIM Matrix, the categories, the glossary, the scenarios, the principles and the data-sharing guidance. Follow any link; Back and Forward (Alt+Left, Alt+Right) retrace your steps, and Ctrl+D bookmarks a page.</source>
        <translation>Le volet de navigation, à gauche, liste les parties de PIM Desk : la matrice PIM, les catégories, le glossaire, les scénarios, les principes et les conseils pour le partage des données. Suivez n&apos;importe quel lien ; Précédent et Suivant (Alt+Gauche, Alt+Droite) refont votre chemin, et Ctrl+D met une page en signet.</translation>
    </message>
    <message>
        <source>Your bookmarks are listed in the Bookmarks menu. Ctrl+Shift+B opens them with recently viewed pages; there, Delete removes the bookmark chosen and Ctrl+Z puts it back.</source>
        <translation>Vos signets sont listés dans le menu Signets. Ctrl+Shift+B les ouvre avec les pages consultées récemment ; là, Suppr retire le signet choisi et Ctrl+Z le remet.</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>Type in the search box (Ctrl+K): results appear as you type, the record a word names first. The arrow keys and Enter open a result; Escape returns to your page. A misspelt word is corrected at once, and the corrected word is shown.</source>
        <translation>Tapez dans la zone de recherche (Ctrl+K) : les résultats s&apos;affichent pendant la frappe, la fiche que le mot désigne en premier. Les flèches et Entrée ouvrent un résultat ; Échap ramène à votre page. Un mot mal orthographié est corrigé aussitôt, et le mot corrigé est indiqué.</translation>
    </message>
    <message>
        <source>Build and share a context</source>
        <translation>Construire et partager un contexte</translation>
    </message>
    <message>
        <source>A context is your team&apos;s selection for one operation: its place and scenario, the PIM categories it needs, your decisions, priorities and notes. Ctrl+N starts a new context; PIM Desk suggests categories and says why. Everything is saved as you type.</source>
        <translation>Un contexte est la sélection de votre équipe pour une opération : son lieu et son scénario, les catégories PIM dont elle a besoin, vos décisions, priorités et notes. Ctrl+N commence un nouveau contexte ; PIM Desk suggère des catégories et dit pourquoi. Tout est enregistré pendant la frappe.</translation>
    </message>
    <message>
        <source>To share a context, save it as a .pimsel file (a PIM Desk context file) and send it; Ctrl+O imports a context file you received.</source>
        <translation>Pour partager un contexte, enregistrez-le comme fichier .pimsel (un fichier de contexte PIM Desk) et envoyez-le ; Ctrl+O importe un fichier de contexte que vous avez reçu.</translation>
    </message>
    <message>
        <source>PIM Desk is not meant to hold personal data of affected people. While you type notes, and before a PDF or a file leaves the computer, it says what looks like personal data (names, dates of birth, phone, ID and case numbers); you decide.</source>
        <translation>PIM Desk n&apos;est pas fait pour contenir des données personnelles de personnes affectées. Pendant que vous tapez des notes, et avant qu&apos;un PDF ou un fichier ne quitte l&apos;ordinateur, il signale ce qui ressemble à des données personnelles (noms, dates de naissance, numéros de téléphone, d&apos;identité et de dossier) ; vous décidez.</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>File → Export PDF… (Ctrl+E) makes a briefing of a context, a sheet of a category or the glossary handout.</source>
        <translation>Fichier → Exporter en PDF… (Ctrl+E) produit la note d&apos;information d&apos;un contexte, la fiche d&apos;une catégorie ou le glossaire à distribuer.</translation>
    </message>
    <message>
        <source>Update content</source>
        <translation>Mettre à jour le contenu</translation>
    </message>
    <message>
        <source>Tools → Update content… shows the installed content, checks a content pack (.zip) and what it would change before applying it, and can roll back to the content used before.</source>
        <translation>Outils → Mettre à jour le contenu… montre le contenu installé, vérifie un paquet de contenu (.zip) et ce qu&apos;il changerait avant de l&apos;appliquer, et peut revenir au contenu utilisé auparavant.</translation>
    </message>
    <message>
        <source>Choose a change to read its text before and after, with the words removed struck through and the words added underlined. Trust a key… installs the public key (.pem) of a pack&apos;s maker once you have compared its key ID with theirs; packs signed with it are then applied without a warning.</source>
        <translation>Choisissez une modification pour lire son texte avant et après, les mots retirés barrés et les mots ajoutés soulignés. Faire confiance à une clé… installe la clé publique (.pem) de l&apos;auteur d&apos;un paquet une fois que vous avez comparé son identifiant de clé avec le sien ; les paquets signés avec elle sont alors appliqués sans avertissement.</translation>
    </message>
    <message>
        <source>Check data</source>
        <translation>Vérifier les données</translation>
    </message>
    <message>
        <source>Help → Check my data… checks your data file, backs it up, or restores a backup.</source>
        <translation>Aide → Vérifier mes données… vérifie votre fichier de données, le sauvegarde ou restaure une sauvegarde.</translation>
    </message>
    <message>
        <source>{action}: {keys}</source>
        <translation>{action} : {keys}</translation>
    </message>
    <message>
        <source>{app} user guide</source>
        <translation>Guide d&apos;utilisation de {app}</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Guide d&apos;utilisation</translation>
    </message>
</context>
<context>
    <name>Window</name>
    <message>
        <source>Sections</source>
        <translation>Sections</translation>
    </message>
    <message>
        <source>The parts of PIM Desk; press Enter to open one</source>
        <translation>Les parties de PIM Desk ; appuyez sur Entrée pour en ouvrir une</translation>
    </message>
    <message>
        <source>Content {version} of {date}</source>
        <translation>Contenu {version} du {date}</translation>
    </message>
    <message>
        <source>Content version</source>
        <translation>Version du contenu</translation>
    </message>
    <message>
        <source>Page not found</source>
        <translation>Page introuvable</translation>
    </message>
    <message>
        <source>Bookmarked.</source>
        <translation>Signet ajouté.</translation>
    </message>
    <message>
        <source>Bookmark removed.</source>
        <translation>Signet retiré.</translation>
    </message>
    <message>
        <source>&amp;Bookmarked</source>
        <translation>&amp;Signet ajouté</translation>
    </message>
    <message>
        <source>&amp;Bookmark this page</source>
        <translation>&amp;Marquer cette page</translation>
    </message>
    <message>
        <source>Search — {app}</source>
        <translation>Recherche — {app}</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Précédent</translation>
    </message>
    <message>
        <source>Go back (Alt+Left)</source>
        <translation>Revenir en arrière (Alt+Gauche)</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>&amp;Suivant</translation>
    </message>
    <message>
        <source>Go forward (Alt+Right)</source>
        <translation>Aller en avant (Alt+Droite)</translation>
    </message>
    <message>
        <source>Start &amp;page</source>
        <translation>Page d&apos;&amp;accueil</translation>
    </message>
    <message>
        <source>Go to the start page (Alt+Home)</source>
        <translation>Aller à la page d&apos;accueil (Alt+Origine)</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <source>Search everything (Ctrl+K or Ctrl+F)</source>
        <translation>Tout rechercher (Ctrl+K ou Ctrl+F)</translation>
    </message>
    <message>
        <source>Bookmark this page, or remove its bookmark (Ctrl+D)</source>
        <translation>Marquer cette page d&apos;un signet, ou retirer son signet (Ctrl+D)</translation>
    </message>
    <message>
        <source>&amp;Show bookmarks</source>
        <translation>Afficher les si&amp;gnets</translation>
    </message>
    <message>
        <source>Bookmarks and recently viewed pages</source>
        <translation>Signets et pages consultées récemment</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>Zoom &amp;avant</translation>
    </message>
    <message>
        <source>Larger text (Ctrl++)</source>
        <translation>Texte plus grand (Ctrl++)</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>Zoom a&amp;rrière</translation>
    </message>
    <message>
        <source>Smaller text (Ctrl+-)</source>
        <translation>Texte plus petit (Ctrl+-)</translation>
    </message>
    <message>
        <source>&amp;Normal size</source>
        <translation>Taille &amp;normale</translation>
    </message>
    <message>
        <source>Text at its normal size (Ctrl+0)</source>
        <translation>Texte à sa taille normale (Ctrl+0)</translation>
    </message>
    <message>
        <source>Next &amp;area</source>
        <translation>&amp;Zone suivante</translation>
    </message>
    <message>
        <source>Move between navigation, search and page (F6)</source>
        <translation>Passer de la navigation à la recherche et à la page (F6)</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Guide d&apos;utilisation</translation>
    </message>
    <message>
        <source>How to use PIM Desk, and its keyboard shortcuts (F1)</source>
        <translation>Comment utiliser PIM Desk, et ses raccourcis clavier (F1)</translation>
    </message>
    <message>
        <source>&amp;About PIM Desk</source>
        <translation>À &amp;propos de PIM Desk</translation>
    </message>
    <message>
        <source>Versions of the app and of its content, and the sources</source>
        <translation>Versions de l&apos;application et de son contenu, et les sources</translation>
    </message>
    <message>
        <source>&amp;Close window</source>
        <translation>Fermer la &amp;fenêtre</translation>
    </message>
    <message>
        <source>Close the PIM Desk window (Ctrl+W)</source>
        <translation>Fermer la fenêtre de PIM Desk (Ctrl+W)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Close PIM Desk</source>
        <translation>Fermer PIM Desk</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Affic&amp;hage</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>A&amp;ller à</translation>
    </message>
    <message>
        <source>&amp;Bookmarks</source>
        <translation>&amp;Signets</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <source>No bookmarks yet</source>
        <translation>Aucun signet pour l&apos;instant</translation>
    </message>
    <message>
        <source>All bookmarks…</source>
        <translation>Tous les signets…</translation>
    </message>
</context>
</TS>
