<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>About</name>
    <message>
        <source>About {app}</source>
        <translation>Acerca de {app}</translation>
    </message>
    <message>
        <source>The Protection Information Management (PIM) framework, offline: the PIM Matrix, PIM Desk&apos;s glossary, the principles, the scenarios and the data-sharing guidance. The endorsed Common PIM Terminology is a separate document that PIM Desk does not carry.</source>
        <translation>El marco de gestión de información de protección (PIM), sin conexión: la matriz PIM, el glosario de PIM Desk, los principios, los escenarios y la orientación para compartir datos. La terminología PIM común aprobada es un documento aparte que PIM Desk no contiene.</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Contenido</translation>
    </message>
    <message>
        <source>{title}, version {version} of {date}</source>
        <translation>{title}, versión {version} del {date}</translation>
    </message>
    <message>
        <source>Fingerprint: {hash}</source>
        <translation>Huella: {hash}</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Fuentes</translation>
    </message>
    <message>
        <source>Every text says where it comes from: a section of the source, PIM Desk&apos;s note on a section, or PIM Desk&apos;s illustration, which is not from the source.</source>
        <translation>Cada texto indica de dónde procede: una sección de la fuente, una nota de PIM Desk sobre una sección o una ilustración de PIM Desk, que no procede de la fuente.</translation>
    </message>
    <message>
        <source>Software</source>
        <translation>Software</translation>
    </message>
    <message>
        <source>Qt {qt}, PySide6 {pyside}. Licence: MIT.</source>
        <translation>Qt {qt}, PySide6 {pyside}. Licencia: MIT.</translation>
    </message>
    <message>
        <source>Translations of the content</source>
        <translation>Traducciones del contenido</translation>
    </message>
    <message>
        <source>Translated by PIM Desk; not an official translation of the source.</source>
        <translation>Traducido por PIM Desk; no es una traducción oficial de la fuente.</translation>
    </message>
    <message>
        <source>In {language}: {percent}% of the records translated in full ({count} of {total})</source>
        <translation>En {language}: {percent} % de los registros traducidos por completo ({count} de {total})</translation>
    </message>
    <message>
        <source>About this app</source>
        <translation>Acerca de esta aplicación</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>daily</source>
        <translation>diaria</translation>
    </message>
    <message>
        <source>taken by you</source>
        <translation>hecha por usted</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>antes de una restauración</translation>
    </message>
    <message>
        <source>before an upgrade</source>
        <translation>antes de una actualización</translation>
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
        <translation>Marcadores</translation>
    </message>
    <message>
        <source>Your bookmarked pages; Enter opens one, Delete removes it</source>
        <translation>Sus páginas con marcador; Intro abre una, Supr la quita</translation>
    </message>
    <message>
        <source>Recently viewed</source>
        <translation>Vistas recientemente</translation>
    </message>
    <message>
        <source>The pages you viewed last, newest first</source>
        <translation>Las últimas páginas vistas, las más recientes primero</translation>
    </message>
    <message>
        <source>&amp;Remove bookmark</source>
        <translation>&amp;Quitar marcador</translation>
    </message>
    <message>
        <source>Remove bookmark</source>
        <translation>Quitar marcador</translation>
    </message>
    <message>
        <source>Remove the selected bookmark</source>
        <translation>Quitar el marcador seleccionado</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Put the removed bookmark back (Ctrl+Z)</source>
        <translation>Volver a poner el marcador quitado (Ctrl+Z)</translation>
    </message>
    <message>
        <source>No bookmarks yet: press Ctrl+D on any page to bookmark it.</source>
        <translation>Aún no hay marcadores: pulse Ctrl+D en cualquier página para marcarla.</translation>
    </message>
    <message>
        <source>&amp;Bookmarks</source>
        <translation>&amp;Marcadores</translation>
    </message>
    <message>
        <source>Recently &amp;viewed</source>
        <translation>&amp;Vistas recientemente</translation>
    </message>
    <message>
        <source>Removed the bookmark “{title}”.</source>
        <translation>Se quitó el marcador «{title}».</translation>
    </message>
    <message>
        <source>Bookmarks and recently viewed</source>
        <translation>Marcadores y páginas vistas recientemente</translation>
    </message>
</context>
<context>
    <name>ChangeDetails</name>
    <message>
        <source>(nothing)</source>
        <translation>(nada)</translation>
    </message>
    <message>
        <source>Before:</source>
        <translation>Antes:</translation>
    </message>
    <message>
        <source>After:</source>
        <translation>Después:</translation>
    </message>
    <message>
        <source>{kind}: {item} ({change})</source>
        <translation>{kind}: {item} ({change})</translation>
    </message>
    <message>
        <source>Languages: {languages}</source>
        <translation>Idiomas: {languages}</translation>
    </message>
    <message>
        <source>In {language}:</source>
        <translation>En {language}:</translation>
    </message>
    <message>
        <source>What changed, before and after</source>
        <translation>Qué cambió, antes y después</translation>
    </message>
    <message>
        <source>The chosen change&apos;s text before and after; removed words are struck through, added words underlined</source>
        <translation>El texto del cambio elegido antes y después; las palabras quitadas aparecen tachadas y las añadidas subrayadas</translation>
    </message>
    <message>
        <source>Choose a change above to see its text before and after.</source>
        <translation>Elija un cambio arriba para ver su texto antes y después.</translation>
    </message>
</context>
<context>
    <name>Compare</name>
    <message>
        <source>priority {priority}</source>
        <translation>prioridad {priority}</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detalle</translation>
    </message>
    <message>
        <source>Same?</source>
        <translation>¿Igual?</translation>
    </message>
    <message>
        <source>Different</source>
        <translation>Diferente</translation>
    </message>
    <message>
        <source>Same</source>
        <translation>Igual</translation>
    </message>
    <message>
        <source>Compare “{left}” and “{right}”</source>
        <translation>Comparar «{left}» y «{right}»</translation>
    </message>
    <message>
        <source>{name}: {scenario}, {place}</source>
        <translation>{name}: {scenario}, {place}</translation>
    </message>
    <message>
        <source>Show &amp;only the differences</source>
        <translation>Mostrar s&amp;olo las diferencias</translation>
    </message>
    <message>
        <source>Hide the categories both contexts treat the same way</source>
        <translation>Ocultar las categorías que ambos contextos tratan de la misma manera</translation>
    </message>
    <message>
        <source>The two contexts side by side</source>
        <translation>Los dos contextos lado a lado</translation>
    </message>
    <message>
        <source>Every detail, category decision, tier, note, system and data need of both contexts; the differences are marked</source>
        <translation>Cada detalle, decisión sobre una categoría, nivel, nota, sistema y necesidad de datos de ambos contextos; las diferencias están marcadas</translation>
    </message>
    <message>
        <source>Tier: {category}</source>
        <translation>Nivel: {category}</translation>
    </message>
    <message>
        <source>Notes: {category}</source>
        <translation>Notas: {category}</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Escenario</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Limits</source>
        <translation>Límites</translation>
    </message>
    <message>
        <source>System: {name}</source>
        <translation>Sistema: {name}</translation>
    </message>
    <message>
        <source>Not on the map</source>
        <translation>No está en el mapa</translation>
    </message>
    <message>
        <source>Picked</source>
        <translation>Elegida</translation>
    </message>
    <message>
        <source>Not picked</source>
        <translation>No elegida</translation>
    </message>
    <message>
        <source>Data need: {need}</source>
        <translation>Necesidad de datos: {need}</translation>
    </message>
</context>
<context>
    <name>ContentChanges</name>
    <message>
        <source>Framework statement</source>
        <translation>Enunciado del marco</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Merged category</source>
        <translation>Categoría fusionada</translation>
    </message>
    <message>
        <source>Matrix element</source>
        <translation>Elemento de la matriz</translation>
    </message>
    <message>
        <source>Sharing condition</source>
        <translation>Condición para compartir</translation>
    </message>
    <message>
        <source>Matrix cell</source>
        <translation>Celda de la matriz</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Relación</translation>
    </message>
    <message>
        <source>Access dimension</source>
        <translation>Dimensión del acceso</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Escenario</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Pregunta</translation>
    </message>
    <message>
        <source>Data-sharing challenge</source>
        <translation>Desafío del intercambio de datos</translation>
    </message>
    <message>
        <source>Principle</source>
        <translation>Principio</translation>
    </message>
    <message>
        <source>Glossary term</source>
        <translation>Término del glosario</translation>
    </message>
    <message>
        <source>added</source>
        <translation>añadido</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>modificado</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>eliminado</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Elemento</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Qué cambió</translation>
    </message>
    <message>
        <source>{added} added, {changed} changed, {removed} removed</source>
        <translation>{added} añadido(s), {changed} modificado(s), {removed} eliminado(s)</translation>
    </message>
</context>
<context>
    <name>ContentPage</name>
    <message>
        <source>or tick “{option}” to accept it anyway</source>
        <translation>o marque «{option}» para aceptarlo de todos modos</translation>
    </message>
    <message>
        <source>(Roll back returns to the previous content)</source>
        <translation>(Revertir vuelve al contenido anterior)</translation>
    </message>
    <message>
        <source>the pack&apos;s maker must update the translation and stamp it again</source>
        <translation>quien hizo el paquete debe actualizar la traducción y volver a sellarla</translation>
    </message>
    <message>
        <source>the pack&apos;s maker must stamp it once it matches the English</source>
        <translation>quien hizo el paquete debe sellarla cuando coincida con el inglés</translation>
    </message>
    <message>
        <source>Update content</source>
        <translation>Actualizar el contenido</translation>
    </message>
    <message>
        <source>Roll &amp;back</source>
        <translation>&amp;Revertir</translation>
    </message>
    <message>
        <source>Roll back</source>
        <translation>Revertir</translation>
    </message>
    <message>
        <source>Go back to the content used before the last update</source>
        <translation>Volver al contenido usado antes de la última actualización</translation>
    </message>
    <message>
        <source>Close the content update</source>
        <translation>Cerrar la actualización del contenido</translation>
    </message>
    <message>
        <source>Roll &amp;back to {version}</source>
        <translation>&amp;Revertir a {version}</translation>
    </message>
    <message>
        <source>Choose a content pack</source>
        <translation>Elegir un paquete de contenido</translation>
    </message>
    <message>
        <source>Content packs (*.zip)</source>
        <translation>Paquetes de contenido (*.zip)</translation>
    </message>
    <message>
        <source>Checking the pack…</source>
        <translation>Comprobando el paquete…</translation>
    </message>
    <message>
        <source>Changes: {totals}.</source>
        <translation>Cambios: {totals}.</translation>
    </message>
    <message>
        <source>Choose a public key to trust</source>
        <translation>Elegir una clave pública de confianza</translation>
    </message>
    <message>
        <source>Public keys (*.pem)</source>
        <translation>Claves públicas (*.pem)</translation>
    </message>
    <message>
        <source>Trust packs signed with “{name}”?</source>
        <translation>¿Confiar en los paquetes firmados con «{name}»?</translation>
    </message>
    <message>
        <source>Its key ID is {key_id}. Check that the pack&apos;s maker gives you the same ID by another way (a call, a message) before you trust it: packs signed with this key will be applied without a warning.</source>
        <translation>Su identificador de clave es {key_id}. Compruebe que quien hizo el paquete le da el mismo identificador por otra vía (una llamada, un mensaje) antes de confiar en ella: los paquetes firmados con esta clave se aplicarán sin advertencia.</translation>
    </message>
    <message>
        <source>&amp;Trust this key</source>
        <translation>Con&amp;fiar en esta clave</translation>
    </message>
    <message>
        <source>Packs signed with “{name}” (key ID {key_id}) are now trusted.</source>
        <translation>Los paquetes firmados con «{name}» (identificador de clave {key_id}) son ahora de confianza.</translation>
    </message>
    <message>
        <source>Updating the content…</source>
        <translation>Actualizando el contenido…</translation>
    </message>
    <message>
        <source>PIM Desk now uses content {new} instead of {old}; Roll back returns to {rollback}.</source>
        <translation>PIM Desk usa ahora el contenido {new} en lugar de {old}; «Revertir» vuelve a {rollback}.</translation>
    </message>
    <message>
        <source>PIM Desk now uses content {new} instead of {old}.</source>
        <translation>PIM Desk usa ahora el contenido {new} en lugar de {old}.</translation>
    </message>
    <message>
        <source>Go back from content {current} to {previous}?</source>
        <translation>¿Volver del contenido {current} al {previous}?</translation>
    </message>
    <message>
        <source>To use the newer content again afterwards, apply its pack once more.</source>
        <translation>Para volver a usar después el contenido más reciente, aplique de nuevo su paquete.</translation>
    </message>
    <message>
        <source>Rolling back…</source>
        <translation>Revirtiendo…</translation>
    </message>
    <message>
        <source>verified: signed with the trusted key {name} ({key_id})</source>
        <translation>verificado: firmado con la clave de confianza {name} ({key_id})</translation>
    </message>
    <message>
        <source>not signed</source>
        <translation>sin firma</translation>
    </message>
    <message>
        <source>signed with an unknown key ({key_id}), not among the trusted keys</source>
        <translation>firmado con una clave desconocida ({key_id}), que no está entre las claves de confianza</translation>
    </message>
    <message>
        <source>bad signature: it does not verify with the trusted key {name}</source>
        <translation>firma no válida: no se verifica con la clave de confianza {name}</translation>
    </message>
    <message>
        <source>came with PIM Desk</source>
        <translation>incluido con PIM Desk</translation>
    </message>
    <message>
        <source>an unknown date</source>
        <translation>una fecha desconocida</translation>
    </message>
    <message>
        <source>signature unknown</source>
        <translation>firma desconocida</translation>
    </message>
    <message>
        <source>imported on {date} ({signature})</source>
        <translation>importado el {date} ({signature})</translation>
    </message>
    <message>
        <source>{title}: content {version} of {date}, {signature}. Installed now: {installed}.</source>
        <translation>{title}: contenido {version} del {date}, {signature}. Instalado ahora: {installed}.</translation>
    </message>
    <message>
        <source>it holds content {version}, not newer than the installed {installed}</source>
        <translation>contiene el contenido {version}, que no es más reciente que el {installed} instalado</translation>
    </message>
    <message>
        <source>It cannot be applied: {reason}.</source>
        <translation>No se puede aplicar: {reason}.</translation>
    </message>
    <message>
        <source>Installed content</source>
        <translation>Contenido instalado</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>Previous version</source>
        <translation>Versión anterior</translation>
    </message>
    <message>
        <source>Notices</source>
        <translation>Avisos</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Versión:</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Fecha:</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Título:</translation>
    </message>
    <message>
        <source>Origin:</source>
        <translation>Origen:</translation>
    </message>
    <message>
        <source>Previous version:</source>
        <translation>Versión anterior:</translation>
    </message>
    <message>
        <source>none: there is nothing to roll back to</source>
        <translation>ninguna: no hay nada a lo que volver</translation>
    </message>
    <message>
        <source>Update from a content pack</source>
        <translation>Actualizar desde un paquete de contenido</translation>
    </message>
    <message>
        <source>Content pack</source>
        <translation>Paquete de contenido</translation>
    </message>
    <message>
        <source>The pack file (.zip); press Enter to check it</source>
        <translation>El archivo del paquete (.zip); pulse Intro para comprobarlo</translation>
    </message>
    <message>
        <source>C&amp;hoose pack…</source>
        <translation>&amp;Elegir paquete…</translation>
    </message>
    <message>
        <source>Choose the pack file and see what it would change</source>
        <translation>Elegir el archivo del paquete y ver qué cambiaría</translation>
    </message>
    <message>
        <source>&amp;Allow a pack that is unsigned or cannot be verified</source>
        <translation>&amp;Permitir un paquete sin firma o que no se puede verificar</translation>
    </message>
    <message>
        <source>Accept a pack whose origin cannot be checked</source>
        <translation>Aceptar un paquete cuyo origen no se puede comprobar</translation>
    </message>
    <message>
        <source>Warning: PIM Desk cannot tell who made such a pack or whether it was changed on the way. Allow it only for a pack you received directly from someone you trust.</source>
        <translation>Atención: PIM Desk no puede saber quién hizo un paquete así ni si se modificó por el camino. Permítalo solo para un paquete recibido directamente de alguien de confianza.</translation>
    </message>
    <message>
        <source>&amp;Trust a key…</source>
        <translation>Con&amp;fiar en una clave…</translation>
    </message>
    <message>
        <source>Install the public key (.pem) of someone whose packs you accept</source>
        <translation>Instalar la clave pública (.pem) de alguien cuyos paquetes acepta</translation>
    </message>
    <message>
        <source>What the pack is</source>
        <translation>Qué es el paquete</translation>
    </message>
    <message>
        <source>Appl&amp;y the update</source>
        <translation>Apl&amp;icar la actualización</translation>
    </message>
    <message>
        <source>Apply the update</source>
        <translation>Aplicar la actualización</translation>
    </message>
    <message>
        <source>Replace the content with the pack&apos;s, as previewed</source>
        <translation>Reemplazar el contenido por el del paquete, tal como se previsualizó</translation>
    </message>
    <message>
        <source>&amp;Pack:</source>
        <translation>Pa&amp;quete:</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Cambios</translation>
    </message>
    <message>
        <source>What the pack adds, changes and removes, kind by kind</source>
        <translation>Lo que el paquete añade, cambia y elimina, tipo por tipo</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>The content pack {name} is refused: it is not signed; ask its maker for a signed pack, or tick “{option}” to accept it anyway.</source>
        <translation>El paquete de contenido {name} se rechaza: no está firmado; pida a su autor un paquete firmado, o marque «{option}» para aceptarlo de todos modos.</translation>
    </message>
    <message>
        <source>The content pack {name} is refused: it is signed with an unknown key ({key_id}); trust its maker&apos;s public key (Trust a key…), or tick “{option}” to accept it anyway.</source>
        <translation>El paquete de contenido {name} se rechaza: está firmado con una clave desconocida ({key_id}); confíe en la clave pública de su autor (Confiar en una clave…), o marque «{option}» para aceptarlo de todos modos.</translation>
    </message>
    <message>
        <source>The content pack {name} is refused: its signature is bad: it does not verify with the trusted key {key} ({key_id}), so it was changed after signing or signed by another key; or tick “{option}” to accept it anyway.</source>
        <translation>El paquete de contenido {name} se rechaza: su firma no es válida: no se verifica con la clave de confianza {key} ({key_id}), así que se modificó después de firmarlo o se firmó con otra clave; o marque «{option}» para aceptarlo de todos modos.</translation>
    </message>
    <message>
        <source>The content pack {name} is refused: it holds content {version}, not newer than the installed {installed} (Roll back returns to the previous content).</source>
        <translation>El paquete de contenido {name} se rechaza: contiene el contenido {version}, que no es más reciente que el {installed} instalado (Revertir vuelve al contenido anterior).</translation>
    </message>
    <message>
        <source>The content pack {name} is refused: it is not a readable zip file ({why}).</source>
        <translation>El paquete de contenido {name} se rechaza: no es un archivo zip legible ({why}).</translation>
    </message>
    <message>
        <source>The content pack {name} is refused: {problem}.</source>
        <translation>El paquete de contenido {name} se rechaza: {problem}.</translation>
    </message>
    <message>
        <source>There is no content pack {path}.</source>
        <translation>No existe el paquete de contenido {path}.</translation>
    </message>
    <message>
        <source>The content pack {path} cannot be read ({why}).</source>
        <translation>El paquete de contenido {path} no se puede leer ({why}).</translation>
    </message>
    <message>
        <source>The content pack {name} could not be imported ({why}); the content was not changed.</source>
        <translation>El paquete de contenido {name} no se pudo importar ({why}); el contenido no se modificó.</translation>
    </message>
    <message>
        <source>There is no earlier content to go back to.</source>
        <translation>No hay contenido anterior al que volver.</translation>
    </message>
    <message>
        <source>The import was cancelled; the content was not changed.</source>
        <translation>La importación se canceló; el contenido no se modificó.</translation>
    </message>
    <message>
        <source>{file} cannot be trusted: {why}.</source>
        <translation>No se puede confiar en {file}: {why}.</translation>
    </message>
    <message>
        <source>A trusted key named {name} exists already.</source>
        <translation>Ya existe una clave de confianza llamada {name}.</translation>
    </message>
    <message>
        <source>The content was not changed.</source>
        <translation>El contenido no se modificó.</translation>
    </message>
</context>
<context>
    <name>ContextActions</name>
    <message>
        <source>&amp;New context</source>
        <translation>&amp;Nuevo contexto</translation>
    </message>
    <message>
        <source>Build a new context (Ctrl+N)</source>
        <translation>Crear un nuevo contexto (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Import context…</source>
        <translation>&amp;Importar un contexto…</translation>
    </message>
    <message>
        <source>Import a context from a .pimsel file (Ctrl+O)</source>
        <translation>Importar un contexto desde un archivo .pimsel (Ctrl+O)</translation>
    </message>
</context>
<context>
    <name>ContextDetails</name>
    <message>
        <source>A context needs a name: type one.</source>
        <translation>Un contexto necesita un nombre: escriba uno.</translation>
    </message>
    <message>
        <source>A name can have at most {limit} characters (this one has {count}); shorten it.</source>
        <translation>Un nombre puede tener como máximo {limit} caracteres (este tiene {count}); acórtelo.</translation>
    </message>
    <message>
        <source>Another context is already named “{name}”: choose another name. Your other changes are saved.</source>
        <translation>Ya hay otro contexto llamado «{name}»: elija otro nombre. Sus demás cambios están guardados.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>The context&apos;s name, unique among your contexts</source>
        <translation>El nombre del contexto, único entre sus contextos</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <source>Where the operation is: a country, a region, a camp</source>
        <translation>Dónde está la operación: un país, una región, un campamento</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>The organisation or team (optional)</source>
        <translation>La organización o el equipo (opcional)</translation>
    </message>
    <message>
        <source>Has a &amp;date</source>
        <translation>Tiene &amp;fecha</translation>
    </message>
    <message>
        <source>Has a date</source>
        <translation>Tiene fecha</translation>
    </message>
    <message>
        <source>Uncheck when the context has no date</source>
        <translation>Desmarque si el contexto no tiene fecha</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>The date of the context, e.g. of the analysis</source>
        <translation>La fecha del contexto, p. ej. la del análisis</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Escenario</translation>
    </message>
    <message>
        <source>Which of the four scenarios the context is in</source>
        <translation>En cuál de los cuatro escenarios está el contexto</translation>
    </message>
    <message>
        <source>Notes on the context</source>
        <translation>Notas sobre el contexto</translation>
    </message>
    <message>
        <source>Your team&apos;s notes on the whole context; saved as you type</source>
        <translation>Las notas de su equipo sobre todo el contexto; se guardan mientras escribe</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Lugar:</translation>
    </message>
    <message>
        <source>O&amp;rganisation:</source>
        <translation>O&amp;rganización:</translation>
    </message>
    <message>
        <source>&amp;Scenario:</source>
        <translation>&amp;Escenario:</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Fecha:</translation>
    </message>
    <message>
        <source>No&amp;tes:</source>
        <translation>No&amp;tas:</translation>
    </message>
    <message>
        <source>This scenario is not in the current content (a content update removed or renamed it): choose one of the four to go on saving changes.</source>
        <translation>Este escenario no está en el contenido actual (una actualización del contenido lo eliminó o le cambió el nombre): elija uno de los cuatro para seguir guardando los cambios.</translation>
    </message>
    <message>
        <source>Notes can have at most {limit} characters; shorten them to save them.</source>
        <translation>Las notas pueden tener como máximo {limit} caracteres; acórtelas para guardarlas.</translation>
    </message>
</context>
<context>
    <name>ContextDialogs</name>
    <message>
        <source>Rename “{name}”</source>
        <translation>Cambiar el nombre de «{name}»</translation>
    </message>
    <message>
        <source>New name</source>
        <translation>Nuevo nombre</translation>
    </message>
    <message>
        <source>The context&apos;s new name, unique among your contexts</source>
        <translation>El nuevo nombre del contexto, único entre sus contextos</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>Papelera</translation>
    </message>
    <message>
        <source>Deleted contexts</source>
        <translation>Contextos eliminados</translation>
    </message>
    <message>
        <source>Contexts in the trash, with the date each is kept until</source>
        <translation>Los contextos en la papelera, con la fecha hasta la que se conserva cada uno</translation>
    </message>
    <message>
        <source>Deleted contexts are kept for {days} days, then deleted for good. Restore one to work on it again.</source>
        <translation>Los contextos eliminados se conservan {days} días y después se eliminan definitivamente. Restaure uno para volver a trabajar en él.</translation>
    </message>
    <message>
        <source>The trash is empty. A context you delete waits here for {days} days in case you want it back.</source>
        <translation>La papelera está vacía. Un contexto que usted elimine espera aquí {days} días, por si quiere recuperarlo.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurar</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <source>Put the chosen context back in your list</source>
        <translation>Devolver el contexto elegido a su lista</translation>
    </message>
</context>
<context>
    <name>ContextEditor</name>
    <message>
        <source>All contexts</source>
        <translation>Todos los contextos</translation>
    </message>
    <message>
        <source>Back to the list of your contexts</source>
        <translation>Volver a la lista de sus contextos</translation>
    </message>
    <message>
        <source>Share as file…</source>
        <translation>Compartir como archivo…</translation>
    </message>
    <message>
        <source>Save this context as a .pimsel file, e.g. on a USB stick</source>
        <translation>Guardar este contexto como archivo .pimsel, p. ej. en una memoria USB</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>Exportar PDF…</translation>
    </message>
    <message>
        <source>Print this context as PDF briefing sheets</source>
        <translation>Imprimir este contexto como nota informativa en PDF</translation>
    </message>
    <message>
        <source>C&amp;ontext</source>
        <translation>C&amp;ontexto</translation>
    </message>
    <message>
        <source>S&amp;ystems</source>
        <translation>Sis&amp;temas</translation>
    </message>
    <message>
        <source>Data n&amp;eeds</source>
        <translation>N&amp;ecesidades de datos</translation>
    </message>
    <message>
        <source>Categor&amp;ies</source>
        <translation>Categor&amp;ías</translation>
    </message>
    <message>
        <source>Parts of the context</source>
        <translation>Partes del contexto</translation>
    </message>
    <message>
        <source>The context, its systems, its data needs, its categories</source>
        <translation>El contexto, sus sistemas, sus necesidades de datos, sus categorías</translation>
    </message>
    <message>
        <source>“{name}” is in the trash: restore it to open it.</source>
        <translation>«{name}» está en la papelera: restáurelo para abrirlo.</translation>
    </message>
    <message>
        <source>Kept, but not in the current content (a content update removed or renamed them): {items}. Nothing was removed; decide what to keep.</source>
        <translation>Se conservan, pero no están en el contenido actual (una actualización del contenido los eliminó o les cambió el nombre): {items}. No se eliminó nada; decida qué conservar.</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Guardado</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>No guardado</translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation>No guardado: {reason}</translation>
    </message>
    <message>
        <source>{name} (my copy)</source>
        <translation>{name} (mi copia)</translation>
    </message>
    <message>
        <source>Your changes were saved as “{copy}”; “{name}” keeps the version saved elsewhere.</source>
        <translation>Sus cambios se guardaron como «{copy}»; «{name}» conserva la versión guardada en otro lugar.</translation>
    </message>
</context>
<context>
    <name>ContextFiles</name>
    <message>
        <source>Share as file</source>
        <translation>Compartir como archivo</translation>
    </message>
    <message>
        <source>PIM Desk context files (*.pimsel)</source>
        <translation>Archivos de contexto de PIM Desk (*.pimsel)</translation>
    </message>
    <message>
        <source>Import a context</source>
        <translation>Importar un contexto</translation>
    </message>
    <message>
        <source>A context named “{name}” already exists.</source>
        <translation>Ya existe un contexto llamado «{name}».</translation>
    </message>
    <message>
        <source>Replace it (yours goes to the trash, kept 30 days), import this one as a copy under another name, or cancel.</source>
        <translation>Reemplácelo (el suyo va a la papelera y se conserva 30 días), importe este como copia con otro nombre, o cancele.</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>&amp;Reemplazar</translation>
    </message>
    <message>
        <source>Import as a &amp;copy</source>
        <translation>Importar como &amp;copia</translation>
    </message>
    <message>
        <source>Imported as “{name}”: a context named “{old}” already exists.</source>
        <translation>Importado como «{name}»: ya existe un contexto llamado «{old}».</translation>
    </message>
    <message>
        <source>Imported “{name}”; the earlier context of that name is in the trash.</source>
        <translation>«{name}» importado; el contexto anterior con ese nombre está en la papelera.</translation>
    </message>
    <message>
        <source>the name</source>
        <translation>el nombre</translation>
    </message>
    <message>
        <source>the place</source>
        <translation>el lugar</translation>
    </message>
    <message>
        <source>the organisation</source>
        <translation>la organización</translation>
    </message>
    <message>
        <source>the notes on the context</source>
        <translation>las notas sobre el contexto</translation>
    </message>
    <message>
        <source>an ID number</source>
        <translation>un número de identidad</translation>
    </message>
    <message>
        <source>a case or registration number</source>
        <translation>un número de caso o de registro</translation>
    </message>
    <message>
        <source>a date or year of birth</source>
        <translation>una fecha o un año de nacimiento</translation>
    </message>
    <message>
        <source>an age with a sex</source>
        <translation>una edad con un sexo</translation>
    </message>
    <message>
        <source>a person&apos;s name</source>
        <translation>el nombre de una persona</translation>
    </message>
    <message>
        <source>the data needs</source>
        <translation>las necesidades de datos</translation>
    </message>
    <message>
        <source>the notes on {category}</source>
        <translation>las notas sobre {category}</translation>
    </message>
    <message>
        <source>an e-mail address</source>
        <translation>una dirección de correo electrónico</translation>
    </message>
    <message>
        <source>a phone number</source>
        <translation>un número de teléfono</translation>
    </message>
    <message>
        <source>In {where}, {what}: {text}</source>
        <translation>En {where}, {what}: {text}</translation>
    </message>
    <message>
        <source>Not saved as a file: {reason}</source>
        <translation>No se guardó como archivo: {reason}</translation>
    </message>
    <message>
        <source>“{name}” saved as {path}.</source>
        <translation>«{name}» guardado como {path}.</translation>
    </message>
    <message>
        <source>{name} (imported)</source>
        <translation>{name} (importado)</translation>
    </message>
    <message>
        <source>Nothing was imported: {reason}</source>
        <translation>No se importó nada: {reason}</translation>
    </message>
    <message>
        <source>Imported “{name}”.</source>
        <translation>«{name}» importado.</translation>
    </message>
</context>
<context>
    <name>ContextLabels</name>
    <message>
        <source>Operating</source>
        <translation>En funcionamiento</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Previsto</translation>
    </message>
    <message>
        <source>Not operating</source>
        <translation>No existe</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconocido</translation>
    </message>
    <message>
        <source>Start here</source>
        <translation>Empezar aquí</translation>
    </message>
    <message>
        <source>Add when …</source>
        <translation>Añadir cuando …</translation>
    </message>
    <message>
        <source>Not needed now</source>
        <translation>No necesaria por ahora</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Detenido</translation>
    </message>
    <message>
        <source>Access is limited</source>
        <translation>El acceso es limitado</translation>
    </message>
    <message>
        <source>Our capacity is limited</source>
        <translation>Nuestra capacidad es limitada</translation>
    </message>
    <message>
        <source>Personal data cannot be protected yet</source>
        <translation>Los datos personales aún no pueden protegerse</translation>
    </message>
    <message>
        <source>To decide</source>
        <translation>Por decidir</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Aceptada</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rechazada</translation>
    </message>
    <message>
        <source>No priority</source>
        <translation>Sin prioridad</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Alta</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Media</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Baja</translation>
    </message>
    <message>
        <source>[Not in the current content]</source>
        <translation>[No está en el contenido actual]</translation>
    </message>
</context>
<context>
    <name>ContextList</name>
    <message>
        <source>You have no contexts yet: press New (Ctrl+N) to build one.</source>
        <translation>Aún no tiene contextos: pulse Nuevo (Ctrl+N) para crear uno.</translation>
    </message>
    <message>
        <source>Filter by name, place or scenario</source>
        <translation>Filtrar por nombre, lugar o escenario</translation>
    </message>
    <message>
        <source>Filter contexts</source>
        <translation>Filtrar contextos</translation>
    </message>
    <message>
        <source>Show only the contexts with these words in their name, place or scenario</source>
        <translation>Mostrar solo los contextos con estas palabras en el nombre, el lugar o el escenario</translation>
    </message>
    <message>
        <source>My contexts</source>
        <translation>Mis contextos</translation>
    </message>
    <message>
        <source>Your contexts: name, scenario, place, last change, accepted categories. Enter opens one, F2 renames, Delete moves to the trash; select two to compare</source>
        <translation>Sus contextos: nombre, escenario, lugar, último cambio, categorías aceptadas. Intro abre uno, F2 cambia el nombre, Supr lo lleva a la papelera; seleccione dos para compararlos</translation>
    </message>
    <message>
        <source>Each context needs its own combination of PIM categories. Build one for your operation: the scenario, the systems already there, the data you need, and the categories to use and why. Everything is saved as you go, on this computer.</source>
        <translation>Cada contexto necesita su propia combinación de categorías PIM. Cree una para su operación: el escenario, los sistemas que ya existen, los datos que necesita y las categorías que usar y por qué. Todo se guarda sobre la marcha, en este equipo.</translation>
    </message>
    <message>
        <source>Fi&amp;lter:</source>
        <translation>Fi&amp;ltro:</translation>
    </message>
    <message>
        <source>New context</source>
        <translation>Nuevo contexto</translation>
    </message>
    <message>
        <source>{name} (copy)</source>
        <translation>{name} (copia)</translation>
    </message>
    <message>
        <source>Duplicated as “{name}”.</source>
        <translation>Duplicado como «{name}».</translation>
    </message>
    <message>
        <source>Moved to the trash (kept {days} days): {names}</source>
        <translation>Llevados a la papelera (se conservan {days} días): {names}</translation>
    </message>
    <message>
        <source>Deletion undone.</source>
        <translation>Eliminación deshecha.</translation>
    </message>
    <message>
        <source>Choose two contexts to compare (Ctrl+click).</source>
        <translation>Elija dos contextos para comparar (Ctrl+clic).</translation>
    </message>
    <message>
        <source>Use what you typed</source>
        <translation>Usar lo que escribió</translation>
    </message>
    <message>
        <source>Close without changes</source>
        <translation>Cerrar sin cambios</translation>
    </message>
    <message>
        <source>Close this window</source>
        <translation>Cerrar esta ventana</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Undo the deletion</source>
        <translation>Deshacer la eliminación</translation>
    </message>
    <message>
        <source>Put the deleted contexts back (Ctrl+Z)</source>
        <translation>Devolver los contextos eliminados (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Trash…</source>
        <translation>Papelera…</translation>
    </message>
    <message>
        <source>Open the trash</source>
        <translation>Abrir la papelera</translation>
    </message>
    <message>
        <source>Contexts deleted in the last 30 days</source>
        <translation>Contextos eliminados en los últimos 30 días</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Dismiss the notice</source>
        <translation>Descartar el aviso</translation>
    </message>
    <message>
        <source>Hide this notice</source>
        <translation>Ocultar este aviso</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nuevo</translation>
    </message>
    <message>
        <source>Build a new context (Ctrl+N)</source>
        <translation>Crear un nuevo contexto (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Open the chosen context (Enter)</source>
        <translation>Abrir el contexto elegido (Intro)</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Cambiar nombre…</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Cambiar nombre</translation>
    </message>
    <message>
        <source>Give the chosen context another name (F2)</source>
        <translation>Dar otro nombre al contexto elegido (F2)</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;uplicar</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplicar</translation>
    </message>
    <message>
        <source>Make a copy of the chosen context</source>
        <translation>Hacer una copia del contexto elegido</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Move the chosen contexts to the trash (Delete)</source>
        <translation>Llevar los contextos elegidos a la papelera (Supr)</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>C&amp;omparar</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Comparar</translation>
    </message>
    <message>
        <source>Compare the two chosen contexts side by side</source>
        <translation>Comparar lado a lado los dos contextos elegidos</translation>
    </message>
    <message>
        <source>&amp;Share as file…</source>
        <translation>Co&amp;mpartir como archivo…</translation>
    </message>
    <message>
        <source>Share as file</source>
        <translation>Compartir como archivo</translation>
    </message>
    <message>
        <source>Save the chosen context as a .pimsel file</source>
        <translation>Guardar el contexto elegido como archivo .pimsel</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importar…</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>Import a context from a .pimsel file (Ctrl+O)</source>
        <translation>Importar un contexto desde un archivo .pimsel (Ctrl+O)</translation>
    </message>
    <message>
        <source>&amp;Trash…</source>
        <translation>&amp;Papelera…</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>Papelera</translation>
    </message>
    <message>
        <source>Contexts deleted in the last 30 days, to restore</source>
        <translation>Contextos eliminados en los últimos 30 días, para restaurar</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Escenario</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>Modificado</translation>
    </message>
    <message>
        <source>Accepted categories</source>
        <translation>Categorías aceptadas</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Eliminado</translation>
    </message>
    <message>
        <source>Kept until</source>
        <translation>Se conserva hasta</translation>
    </message>
</context>
<context>
    <name>Controls</name>
    <message>
        <source>Clear</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>Empty the field</source>
        <translation>Vaciar el campo</translation>
    </message>
    <message>
        <source>Select all</source>
        <translation>Seleccionar todo</translation>
    </message>
</context>
<context>
    <name>DataDialog</name>
    <message>
        <source>Your data was restored from the backup of {taken}.</source>
        <translation>Sus datos se restauraron a partir de la copia de seguridad del {taken}.</translation>
    </message>
    <message>
        <source>Your data was restored from the backup of {taken}; the data it replaced was backed up and set aside as {aside}.</source>
        <translation>Sus datos se restauraron a partir de la copia de seguridad del {taken}; los datos reemplazados se respaldaron y se apartaron como {aside}.</translation>
    </message>
    <message>
        <source>Your data file {path} is damaged: {problems}.</source>
        <translation>Su archivo de datos {path} está dañado: {problems}.</translation>
    </message>
    <message>
        <source>Your data file {path} could not be checked now: {reason}.</source>
        <translation>Su archivo de datos {path} no se pudo comprobar ahora: {reason}.</translation>
    </message>
    <message>
        <source>Your data file {path} is sound.</source>
        <translation>Su archivo de datos {path} está en buen estado.</translation>
    </message>
    <message>
        <source>Saved contexts: {count}.</source>
        <translation>Contextos guardados: {count}.</translation>
    </message>
    <message>
        <source>Backups: {count}; the newest {newest}.</source>
        <translation>Copias de seguridad: {count}; la más reciente, {newest}.</translation>
    </message>
    <message>
        <source>Backups: none yet.</source>
        <translation>Copias de seguridad: ninguna todavía.</translation>
    </message>
    <message>
        <source>Check my data</source>
        <translation>Comprobar mis datos</translation>
    </message>
    <message>
        <source>The state of your data</source>
        <translation>El estado de sus datos</translation>
    </message>
    <message>
        <source>Back &amp;up now</source>
        <translation>Hacer copia de seg&amp;uridad ahora</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Hacer copia de seguridad ahora</translation>
    </message>
    <message>
        <source>Take a verified backup of your data now</source>
        <translation>Hacer ahora una copia de seguridad verificada de sus datos</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Restaurar…</translation>
    </message>
    <message>
        <source>Restore the chosen backup</source>
        <translation>Restaurar la copia de seguridad elegida</translation>
    </message>
    <message>
        <source>Replace your data with the backup chosen in the list</source>
        <translation>Reemplazar sus datos por la copia de seguridad elegida en la lista</translation>
    </message>
    <message>
        <source>Close the check of your data</source>
        <translation>Cerrar la comprobación de sus datos</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Copias de seguridad</translation>
    </message>
    <message>
        <source>Your backups, newest first; choose one to restore it</source>
        <translation>Sus copias de seguridad, las más recientes primero; elija una para restaurarla</translation>
    </message>
    <message>
        <source>&amp;Backups, newest first:</source>
        <translation>&amp;Copias de seguridad, las más recientes primero:</translation>
    </message>
    <message>
        <source>This could not be finished: {error}</source>
        <translation>No se pudo terminar: {error}</translation>
    </message>
    <message>
        <source>Closing once this is finished…</source>
        <translation>Se cerrará cuando esto termine…</translation>
    </message>
    <message>
        <source>Checking your data…</source>
        <translation>Comprobando sus datos…</translation>
    </message>
    <message>
        <source>Backing up your data…</source>
        <translation>Haciendo copia de seguridad de sus datos…</translation>
    </message>
    <message>
        <source>A backup was taken and verified ({taken}).</source>
        <translation>Se hizo y verificó una copia de seguridad ({taken}).</translation>
    </message>
    <message>
        <source>Replace your data with the backup of {taken}?</source>
        <translation>¿Reemplazar sus datos por la copia de seguridad del {taken}?</translation>
    </message>
    <message>
        <source>Your data as it is now is backed up first and set aside, never deleted: you can go back to it by restoring again.</source>
        <translation>Sus datos actuales se respaldan primero y se apartan, nunca se eliminan: puede volver a ellos restaurando de nuevo.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurar</translation>
    </message>
    <message>
        <source>Restoring your data…</source>
        <translation>Restaurando sus datos…</translation>
    </message>
</context>
<context>
    <name>DataGuard</name>
    <message>
        <source>Your data could not be checked: {error}</source>
        <translation>No se pudieron comprobar sus datos: {error}</translation>
    </message>
</context>
<context>
    <name>DocumentPage</name>
    <message>
        <source>Page</source>
        <translation>Página</translation>
    </message>
    <message>
        <source>E&amp;xport this category sheet…</source>
        <translation>E&amp;xportar esta ficha de categoría…</translation>
    </message>
    <message>
        <source>Export this category sheet</source>
        <translation>Exportar esta ficha de categoría</translation>
    </message>
    <message>
        <source>A PDF of this category on one or two pages, to hand out</source>
        <translation>Un PDF de esta categoría en una o dos páginas, para repartir</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export PDF</source>
        <translation>Exportar PDF</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportar</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Write the PDF with these choices</source>
        <translation>Escribir el PDF con estas opciones</translation>
    </message>
    <message>
        <source>Close the Export dialog</source>
        <translation>Cerrar el cuadro de exportación</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <source>Open the PDF</source>
        <translation>Abrir el PDF</translation>
    </message>
    <message>
        <source>Open the PDF in the system&apos;s viewer</source>
        <translation>Abrir el PDF en el visor del sistema</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>Mostrar en la carpeta</translation>
    </message>
    <message>
        <source>Open the folder that holds the PDF</source>
        <translation>Abrir la carpeta que contiene el PDF</translation>
    </message>
    <message>
        <source>Sho&amp;w in folder</source>
        <translation>Mo&amp;strar en la carpeta</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>Imp&amp;rimir…</translation>
    </message>
    <message>
        <source>Print the PDF</source>
        <translation>Imprimir el PDF</translation>
    </message>
    <message>
        <source>Print the PDF through the system&apos;s PDF viewer</source>
        <translation>Imprimir el PDF mediante el visor de PDF del sistema</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exportando…</translation>
    </message>
    <message>
        <source>Saved {file} ({pages} pages) in {folder}.</source>
        <translation>Se guardó {file} ({pages} páginas) en {folder}.</translation>
    </message>
    <message>
        <source>The export was cancelled; nothing was written.</source>
        <translation>Se canceló la exportación; no se escribió nada.</translation>
    </message>
    <message>
        <source>A file named {name} already exists in {folder}.</source>
        <translation>Ya existe un archivo llamado {name} en {folder}.</translation>
    </message>
    <message>
        <source>Replace it with the new PDF?</source>
        <translation>¿Reemplazarlo por el nuevo PDF?</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>&amp;Reemplazar</translation>
    </message>
    <message>
        <source>Not exported: the briefing was not written.</source>
        <translation>No exportado: la nota informativa no se escribió.</translation>
    </message>
    <message>
        <source>The folder could not be opened: {folder}</source>
        <translation>No se pudo abrir la carpeta: {folder}</translation>
    </message>
    <message>
        <source>{file} was sent to the printer.</source>
        <translation>{file} se envió a la impresora.</translation>
    </message>
    <message>
        <source>{file} is open in your PDF viewer: print it from there.</source>
        <translation>{file} está abierto en su visor de PDF: imprímalo desde allí.</translation>
    </message>
    <message>
        <source>No application on this computer opens PDF files; the PDF is at {path}</source>
        <translation>Ninguna aplicación de este equipo abre archivos PDF; el PDF está en {path}</translation>
    </message>
</context>
<context>
    <name>ExportForm</name>
    <message>
        <source>Category sheet</source>
        <translation>Ficha de categoría</translation>
    </message>
    <message>
        <source>Glossary handout</source>
        <translation>Glosario para repartir</translation>
    </message>
    <message>
        <source>The PIM Matrix on one page</source>
        <translation>La matriz PIM en una página</translation>
    </message>
    <message>
        <source>Public</source>
        <translation>Público</translation>
    </message>
    <message>
        <source>Restricted</source>
        <translation>Restringido</translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation>Confidencial</translation>
    </message>
    <message>
        <source>Strictly confidential</source>
        <translation>Estrictamente confidencial</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <source>Which document to export</source>
        <translation>Qué documento exportar</translation>
    </message>
    <message>
        <source>Context briefing</source>
        <translation>Informe de contexto</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>Contexto</translation>
    </message>
    <message>
        <source>The saved context the briefing is about</source>
        <translation>El contexto guardado del que trata el informe</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>The category on the sheet</source>
        <translation>La categoría de la ficha</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Carta</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Papel</translation>
    </message>
    <message>
        <source>The paper size of the pages</source>
        <translation>El tamaño de papel de las páginas</translation>
    </message>
    <message>
        <source>A3 landscape</source>
        <translation>A3 horizontal</translation>
    </message>
    <message>
        <source>A4 landscape, items shortened</source>
        <translation>A4 horizontal, elementos abreviados</translation>
    </message>
    <message>
        <source>Letter landscape, items shortened</source>
        <translation>Carta horizontal, elementos abreviados</translation>
    </message>
    <message>
        <source>Poster paper</source>
        <translation>Papel del póster</translation>
    </message>
    <message>
        <source>The landscape paper the matrix is printed on</source>
        <translation>El papel horizontal en que se imprime la matriz</translation>
    </message>
    <message>
        <source>Hi&amp;ghlight a selection&apos;s accepted categories</source>
        <translation>Res&amp;altar las categorías aceptadas de una selección</translation>
    </message>
    <message>
        <source>Highlight a selection&apos;s accepted categories</source>
        <translation>Resaltar las categorías aceptadas de una selección</translation>
    </message>
    <message>
        <source>Highlight the chosen selection&apos;s categories on the matrix</source>
        <translation>Resaltar en la matriz las categorías de la selección elegida</translation>
    </message>
    <message>
        <source>Sensitivity</source>
        <translation>Sensibilidad</translation>
    </message>
    <message>
        <source>The sensitivity level printed at the top and bottom of every page</source>
        <translation>El nivel de sensibilidad impreso arriba y abajo de cada página</translation>
    </message>
    <message>
        <source>Include the team&apos;s &amp;notes</source>
        <translation>Incluir las &amp;notas del equipo</translation>
    </message>
    <message>
        <source>Include the team&apos;s notes</source>
        <translation>Incluir las notas del equipo</translation>
    </message>
    <message>
        <source>Print the notes written in the context</source>
        <translation>Imprimir las notas escritas en el contexto</translation>
    </message>
    <message>
        <source>&amp;Context:</source>
        <translation>&amp;Contexto:</translation>
    </message>
    <message>
        <source>There is no saved context yet: build one under My contexts to export its briefing.</source>
        <translation>Todavía no hay ningún contexto guardado: cree uno en Mis contextos para exportar su informe.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Where the PDF is saved</source>
        <translation>Dónde se guarda el PDF</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>Ele&amp;gir…</translation>
    </message>
    <message>
        <source>Choose the file</source>
        <translation>Elegir el archivo</translation>
    </message>
    <message>
        <source>Choose the folder and name of the PDF</source>
        <translation>Elegir la carpeta y el nombre del PDF</translation>
    </message>
    <message>
        <source>&amp;Document:</source>
        <translation>&amp;Documento:</translation>
    </message>
    <message>
        <source>C&amp;ategory:</source>
        <translation>C&amp;ategoría:</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>&amp;Papel:</translation>
    </message>
    <message>
        <source>Poster pape&amp;r:</source>
        <translation>Papel del pós&amp;ter:</translation>
    </message>
    <message>
        <source>Sensiti&amp;vity:</source>
        <translation>Sensi&amp;bilidad:</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>Arc&amp;hivo:</translation>
    </message>
    <message>
        <source>Choose where to save the PDF.</source>
        <translation>Elija dónde guardar el PDF.</translation>
    </message>
    <message>
        <source>Save the PDF as</source>
        <translation>Guardar el PDF como</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>Glossary</name>
    <message>
        <source>Also: {names}</source>
        <translation>También: {names}</translation>
    </message>
    <message>
        <source>Jump to a letter</source>
        <translation>Ir a una letra</translation>
    </message>
    <message>
        <source>Terms starting with {letter}</source>
        <translation>Términos que empiezan por {letter}</translation>
    </message>
    <message>
        <source>Terms starting with a digit or symbol</source>
        <translation>Términos que empiezan por una cifra o un símbolo</translation>
    </message>
    <message>
        <source>Filter terms</source>
        <translation>Filtrar términos</translation>
    </message>
    <message>
        <source>Show only the terms that contain these words</source>
        <translation>Mostrar solo los términos que contienen estas palabras</translation>
    </message>
    <message>
        <source>Terms</source>
        <translation>Términos</translation>
    </message>
    <message>
        <source>The glossary terms A to Z; choose one to read it</source>
        <translation>Los términos del glosario de la A a la Z; elija uno para leerlo</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Término</translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation>&amp;Filtro:</translation>
    </message>
    <message>
        <source>Glossary handout as P&amp;DF…</source>
        <translation>Glosario para repartir en P&amp;DF…</translation>
    </message>
    <message>
        <source>Export every term, A to Z, as a PDF to print and hand out</source>
        <translation>Exportar todos los términos, de la A a la Z, en un PDF para imprimir y repartir</translation>
    </message>
    <message>
        <source>{shown} of {total} terms</source>
        <translation>{shown} de {total} términos</translation>
    </message>
    <message>
        <source>PIM Desk&apos;s glossary</source>
        <translation>Glosario de PIM Desk</translation>
    </message>
    <message>
        <source>The endorsed Common PIM Terminology (§5 of the source) is a separate document that PIM Desk does not carry: these are PIM Desk&apos;s own definitions, each marked with where it comes from.</source>
        <translation>La terminología PIM común aprobada (§5 de la fuente) es un documento aparte que PIM Desk no contiene: estas son las definiciones propias de PIM Desk, cada una marcada con su procedencia.</translation>
    </message>
    <message>
        <source>Choose a term on the left, type to filter the list, or jump to a letter. Terms in any page of PIM Desk are links to this glossary.</source>
        <translation>Elija un término en la lista, escriba para filtrarla o vaya a una letra. En todas las páginas de PIM Desk, los términos son enlaces a este glosario.</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Agreed and endorsed</source>
        <translation>Acordada y aprobada</translation>
    </message>
    <message>
        <source>Agreed, further work needed</source>
        <translation>Acordada, se necesita más trabajo</translation>
    </message>
    <message>
        <source>Objective agreed, definition not agreed</source>
        <translation>Objetivo acordado, definición no acordada</translation>
    </message>
    <message>
        <source>Definition not agreed, title and scope under review</source>
        <translation>Definición no acordada, título y alcance en revisión</translation>
    </message>
    <message>
        <source>Spirit endorsed, not counted as agreed</source>
        <translation>Espíritu aprobado, no contada como acordada</translation>
    </message>
    <message>
        <source>Definition not agreed</source>
        <translation>Definición no acordada</translation>
    </message>
    <message>
        <source>Must have</source>
        <translation>Imprescindible</translation>
    </message>
    <message>
        <source>Nice to have</source>
        <translation>Deseable</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Categorías</translation>
    </message>
    <message>
        <source>Glossary</source>
        <translation>Glosario</translation>
    </message>
    <message>
        <source>Matrix</source>
        <translation>Matriz</translation>
    </message>
    <message>
        <source>Matrix rows</source>
        <translation>Filas de la matriz</translation>
    </message>
    <message>
        <source>Scenarios</source>
        <translation>Escenarios</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Preguntas</translation>
    </message>
    <message>
        <source>Principles</source>
        <translation>Principios</translation>
    </message>
    <message>
        <source>Data sharing</source>
        <translation>Intercambio de datos</translation>
    </message>
    <message>
        <source>Access framework</source>
        <translation>Marco de acceso</translation>
    </message>
    <message>
        <source>About PIM</source>
        <translation>Acerca de la PIM</translation>
    </message>
    <message>
        <source>Relationships</source>
        <translation>Relaciones</translation>
    </message>
    <message>
        <source>Merged categories</source>
        <translation>Categorías fusionadas</translation>
    </message>
    <message>
        <source>{first} comes before {second}</source>
        <translation>{first} va antes de {second}</translation>
    </message>
    <message>
        <source>{first} complements {second}</source>
        <translation>{first} complementa {second}</translation>
    </message>
    <message>
        <source>{first} feeds {second}</source>
        <translation>{first} alimenta {second}</translation>
    </message>
    <message>
        <source>{first} overlaps with {second}</source>
        <translation>{first} se solapa con {second}</translation>
    </message>
    <message>
        <source>{first} and {second}</source>
        <translation>{first} y {second}</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>My contexts</source>
        <translation>Mis contextos</translation>
    </message>
    <message>
        <source>Your contexts: your team&apos;s selection of PIM categories for an operation</source>
        <translation>Sus contextos: la selección de categorías PIM de su equipo para una operación</translation>
    </message>
    <message>
        <source>Bookmarks</source>
        <translation>Marcadores</translation>
    </message>
    <message>
        <source>Where to start, and the pages you viewed last</source>
        <translation>Por dónde empezar, y las últimas páginas vistas</translation>
    </message>
    <message>
        <source>The PIM Matrix: categories by elements, by row, or by the data you need</source>
        <translation>La matriz PIM: categorías por elementos, por fila o según los datos que necesita</translation>
    </message>
    <message>
        <source>The eight PIM categories and their status</source>
        <translation>Las ocho categorías PIM y su estado</translation>
    </message>
    <message>
        <source>PIM Desk&apos;s glossary, A to Z</source>
        <translation>El glosario de PIM Desk, de la A a la Z</translation>
    </message>
    <message>
        <source>The principles that guide all PIM work</source>
        <translation>Los principios que guían todo el trabajo PIM</translation>
    </message>
    <message>
        <source>What data each kind of situation needs</source>
        <translation>Qué datos necesita cada tipo de situación</translation>
    </message>
    <message>
        <source>Data-sharing challenges and how to reduce them</source>
        <translation>Los desafíos del intercambio de datos y cómo reducirlos</translation>
    </message>
    <message>
        <source>The humanitarian access framework</source>
        <translation>El marco del acceso humanitario</translation>
    </message>
    <message>
        <source>What PIM is: its definition, vision, mission and results</source>
        <translation>Qué es la PIM: su definición, visión, misión y resultados</translation>
    </message>
    <message>
        <source>Your bookmarks and the pages you viewed recently</source>
        <translation>Sus marcadores y las páginas vistas recientemente</translation>
    </message>
    <message>
        <source>Definition of PIM</source>
        <translation>Definición de la PIM</translation>
    </message>
    <message>
        <source>Vision</source>
        <translation>Visión</translation>
    </message>
    <message>
        <source>Mission</source>
        <translation>Misión</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>Objetivos</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Resultados</translation>
    </message>
    <message>
        <source>The PIM Matrix</source>
        <translation>La matriz PIM</translation>
    </message>
    <message>
        <source>Why categories</source>
        <translation>Por qué categorías</translation>
    </message>
    <message>
        <source>The PIM process</source>
        <translation>El proceso PIM</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>Próximos pasos</translation>
    </message>
    <message>
        <source>About the source document</source>
        <translation>Acerca del documento fuente</translation>
    </message>
    <message>
        <source>What was agreed</source>
        <translation>Lo que se acordó</translation>
    </message>
    <message>
        <source>Reading the source</source>
        <translation>Cómo leer la fuente</translation>
    </message>
    <message>
        <source>Questions the source leaves open</source>
        <translation>Preguntas que la fuente deja abiertas</translation>
    </message>
    <message>
        <source>Before sharing: the footnote 7 checklist</source>
        <translation>Antes de compartir: la lista de verificación de la nota 7</translation>
    </message>
    <message>
        <source>Documents referenced but not carried</source>
        <translation>Documentos citados pero no incluidos</translation>
    </message>
    <message>
        <source>Partly agreed</source>
        <translation>Acordado en parte</translation>
    </message>
    <message>
        <source>Not agreed</source>
        <translation>No acordado</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>Use PIM Desk in {language}</source>
        <translation>Usar PIM Desk en {language}</translation>
    </message>
    <message>
        <source>PIM Desk will be in {language} the next time it starts.</source>
        <translation>PIM Desk estará en {language} la próxima vez que se inicie.</translation>
    </message>
    <message>
        <source>Restart now? Your work is saved as you go.</source>
        <translation>¿Reiniciar ahora? Su trabajo se guarda sobre la marcha.</translation>
    </message>
    <message>
        <source>&amp;Restart now</source>
        <translation>&amp;Reiniciar ahora</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Más tarde</translation>
    </message>
</context>
<context>
    <name>Matrix</name>
    <message>
        <source>e.g.</source>
        <translation>p. ej.</translation>
    </message>
    <message>
        <source>… and {count} more: open the cell</source>
        <translation>… y {count} más: abra la celda</translation>
    </message>
    <message>
        <source>{category}: {element} ({sources}). Press Enter to open the cell.</source>
        <translation>{category}: {element} ({sources}). Pulse Intro para abrir la celda.</translation>
    </message>
    <message>
        <source>{name}: {status}. Definition: {provenance}. Click to open the category.</source>
        <translation>{name}: {status}. Definición: {provenance}. Haga clic para abrir la categoría.</translation>
    </message>
    <message>
        <source>{name}: click to see this row for every category.</source>
        <translation>{name}: haga clic para ver esta fila en todas las categorías.</translation>
    </message>
</context>
<context>
    <name>MatrixPage</name>
    <message>
        <source>Ways into the PIM Matrix</source>
        <translation>Formas de entrar en la matriz PIM</translation>
    </message>
    <message>
        <source>PIM Matrix</source>
        <translation>Matriz PIM</translation>
    </message>
    <message>
        <source>Rows are the elements, columns the categories. Press Enter to open a cell.</source>
        <translation>Las filas son los elementos y las columnas, las categorías. Pulse Intro para abrir una celda.</translation>
    </message>
    <message>
        <source>&amp;Grid: by category</source>
        <translation>&amp;Cuadrícula: por categoría</translation>
    </message>
    <message>
        <source>&amp;What data do I need?</source>
        <translation>¿&amp;Qué datos necesito?</translation>
    </message>
    <message>
        <source>Categories across, elements down</source>
        <translation>Categorías en columnas, elementos en filas</translation>
    </message>
    <message>
        <source>Start from a question or a data need</source>
        <translation>Partir de una pregunta o de una necesidad de datos</translation>
    </message>
    <message>
        <source>Matrix row</source>
        <translation>Fila de la matriz</translation>
    </message>
    <message>
        <source>The row to show for every category</source>
        <translation>La fila que mostrar en todas las categorías</translation>
    </message>
    <message>
        <source>Show for every category</source>
        <translation>Mostrar en todas las categorías</translation>
    </message>
    <message>
        <source>By &amp;row:</source>
        <translation>Por &amp;fila:</translation>
    </message>
    <message>
        <source>Press Enter on a cell (or double-click it) to read it in full; click a category&apos;s name to open the category.</source>
        <translation>Pulse Intro en una celda (o haga doble clic) para leerla entera; haga clic en el nombre de una categoría para abrirla.</translation>
    </message>
    <message>
        <source>&amp;Fit all categories</source>
        <translation>&amp;Ajustar todas las categorías</translation>
    </message>
    <message>
        <source>Fit all categories</source>
        <translation>Ajustar todas las categorías</translation>
    </message>
    <message>
        <source>Show the eight categories side by side in the window&apos;s width</source>
        <translation>Mostrar las ocho categorías una al lado de otra en el ancho de la ventana</translation>
    </message>
    <message>
        <source>What data do I need?</source>
        <translation>¿Qué datos necesito?</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <source>Notice</source>
        <translation>Aviso</translation>
    </message>
    <message>
        <source>&amp;Dismiss</source>
        <translation>&amp;Descartar</translation>
    </message>
    <message>
        <source>Dismiss the notice</source>
        <translation>Descartar el aviso</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Nota:</translation>
    </message>
</context>
<context>
    <name>Needs</name>
    <message>
        <source>Question</source>
        <translation>Pregunta</translation>
    </message>
    <message>
        <source>Guiding questions</source>
        <translation>Preguntas orientadoras</translation>
    </message>
    <message>
        <source>A guiding question; opens the categories that answer it</source>
        <translation>Una pregunta orientadora; abre las categorías que la responden</translation>
    </message>
    <message>
        <source>{priority} in the scenario {scenario}</source>
        <translation>{priority} en el escenario {scenario}</translation>
    </message>
    <message>
        <source>{priority}: {scenario}</source>
        <translation>{priority}: {scenario}</translation>
    </message>
    <message>
        <source>[Must have]</source>
        <translation>[Imprescindible]</translation>
    </message>
    <message>
        <source>[Nice to have]</source>
        <translation>[Deseable]</translation>
    </message>
    <message>
        <source>[Question]</source>
        <translation>[Pregunta]</translation>
    </message>
    <message>
        <source>[Your words]</source>
        <translation>[Sus palabras]</translation>
    </message>
    <message>
        <source>[Picked earlier]</source>
        <translation>[Elegido antes]</translation>
    </message>
    <message>
        <source>In your own words</source>
        <translation>Con sus palabras</translation>
    </message>
    <message>
        <source>Picked earlier</source>
        <translation>Elegidos antes</translation>
    </message>
    <message>
        <source>Data and information you need</source>
        <translation>Datos e información que necesita</translation>
    </message>
    <message>
        <source>The scenario&apos;s must-have and nice-to-have items and the guiding questions; Space checks what your team needs, Enter opens its page</source>
        <translation>Los elementos imprescindibles y deseables del escenario y las preguntas orientadoras; Espacio marca lo que su equipo necesita, Intro abre su página</translation>
    </message>
    <message>
        <source>A need in your own words</source>
        <translation>Una necesidad con sus propias palabras</translation>
    </message>
    <message>
        <source>Your own need</source>
        <translation>Su propia necesidad</translation>
    </message>
    <message>
        <source>Type a need that is not in the list, then press Enter to add it</source>
        <translation>Escriba una necesidad que no esté en la lista y pulse Intro para añadirla</translation>
    </message>
    <message>
        <source>&amp;Add need</source>
        <translation>&amp;Añadir necesidad</translation>
    </message>
    <message>
        <source>Add the need typed beside it to the list, checked</source>
        <translation>Añadir a la lista, marcada, la necesidad escrita al lado</translation>
    </message>
    <message>
        <source>What data and information does your team need? Check the items and questions that apply, or add your own: the suggestions follow what you check.</source>
        <translation>¿Qué datos e información necesita su equipo? Marque los elementos y preguntas que correspondan, o añada los suyos: las sugerencias siguen lo que marque.</translation>
    </message>
    <message>
        <source>&amp;Your own:</source>
        <translation>&amp;Suya:</translation>
    </message>
    <message>
        <source>A need can have at most 500 characters.</source>
        <translation>Una necesidad puede tener como máximo 500 caracteres.</translation>
    </message>
    <message>
        <source>Type the need first.</source>
        <translation>Escriba primero la necesidad.</translation>
    </message>
</context>
<context>
    <name>NeedsPanel</name>
    <message>
        <source>Filter questions and needs</source>
        <translation>Filtrar preguntas y necesidades</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filtro</translation>
    </message>
    <message>
        <source>Show only the questions and needs with these words</source>
        <translation>Mostrar solo las preguntas y necesidades con estas palabras</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Escenario</translation>
    </message>
    <message>
        <source>Show the needs of one scenario only</source>
        <translation>Mostrar solo las necesidades de un escenario</translation>
    </message>
    <message>
        <source>Every scenario</source>
        <translation>Todos los escenarios</translation>
    </message>
    <message>
        <source>Questions and data needs</source>
        <translation>Preguntas y necesidades de datos</translation>
    </message>
    <message>
        <source>Choose one to see the categories that produce it</source>
        <translation>Elija una para ver las categorías que la producen</translation>
    </message>
    <message>
        <source>Categories that produce it</source>
        <translation>Categorías que lo producen</translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation>&amp;Filtro:</translation>
    </message>
    <message>
        <source>&amp;Scenario:</source>
        <translation>&amp;Escenario:</translation>
    </message>
    <message>
        <source>Start from what you need to know: choose a question or a data need to see which categories produce it.</source>
        <translation>Parta de lo que necesita saber: elija una pregunta o una necesidad de datos para ver qué categorías la producen.</translation>
    </message>
    <message>
        <source>Choose a question or a data need on the left.</source>
        <translation>Elija una pregunta o una necesidad de datos en la lista.</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <source>Status: {status}.</source>
        <translation>Estado: {status}.</translation>
    </message>
    <message>
        <source>e.g.</source>
        <translation>p. ej.</translation>
    </message>
    <message>
        <source>(conditions: {names})</source>
        <translation>(condiciones: {names})</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Categorías</translation>
    </message>
    <message>
        <source>Each PIM category is a kind of protection information system. Each does something different and none does everything: choose the combination your context needs.</source>
        <translation>Cada categoría PIM es un tipo de sistema de información de protección. Cada una hace algo distinto y ninguna lo hace todo: elija la combinación que necesita su contexto.</translation>
    </message>
    <message>
        <source>{name} is now part of {target}.</source>
        <translation>{name} forma parte ahora de {target}.</translation>
    </message>
    <message>
        <source>Start a context with this scenario</source>
        <translation>Empezar un contexto con este escenario</translation>
    </message>
    <message>
        <source>Start a context from this</source>
        <translation>Empezar un contexto a partir de aquí</translation>
    </message>
    <message>
        <source>Formerly called: {names}</source>
        <translation>Antes llamada: {names}</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Fuentes</translation>
    </message>
    <message>
        <source>Definition</source>
        <translation>Definición</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Propósito</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Explicación</translation>
    </message>
    <message>
        <source>In the PIM Matrix</source>
        <translation>En la matriz PIM</translation>
    </message>
    <message>
        <source>How it works with other categories</source>
        <translation>Cómo funciona con otras categorías</translation>
    </message>
    <message>
        <source>Scenarios that need it</source>
        <translation>Escenarios que la necesitan</translation>
    </message>
    <message>
        <source>{name}: merged into this category</source>
        <translation>{name}: fusionada en esta categoría</translation>
    </message>
    <message>
        <source>Related terms</source>
        <translation>Términos relacionados</translation>
    </message>
    <message>
        <source>{category}: {element}</source>
        <translation>{category}: {element}</translation>
    </message>
    <message>
        <source>The whole category: {category}. This row for every category: {element}.</source>
        <translation>La categoría completa: {category}. Esta fila en todas las categorías: {element}.</translation>
    </message>
    <message>
        <source>Conditions for sharing</source>
        <translation>Condiciones para compartir</translation>
    </message>
    <message>
        <source>{element}: every category</source>
        <translation>{element}: todas las categorías</translation>
    </message>
    <message>
        <source>Called in later versions of the matrix: {names}</source>
        <translation>Llamada en versiones posteriores de la matriz: {names}</translation>
    </message>
    <message>
        <source>Open this cell: {category}</source>
        <translation>Abrir esta celda: {category}</translation>
    </message>
    <message>
        <source>Principles</source>
        <translation>Principios</translation>
    </message>
    <message>
        <source>The principles that every PIM category and every data exchange follow.</source>
        <translation>Los principios que siguen cada categoría PIM y cada intercambio de datos.</translation>
    </message>
    <message>
        <source>Later called: {name}</source>
        <translation>Más tarde llamado: {name}</translation>
    </message>
    <message>
        <source>Data-sharing challenges where it applies</source>
        <translation>Desafíos del intercambio de datos en los que se aplica</translation>
    </message>
    <message>
        <source>All principles</source>
        <translation>Todos los principios</translation>
    </message>
    <message>
        <source>Data sharing: challenges and mitigations</source>
        <translation>Intercambio de datos: desafíos y medidas de mitigación</translation>
    </message>
    <message>
        <source>Sharing protection data helps the response and can harm the people it is about. Each challenge below comes with ways to reduce it.</source>
        <translation>Compartir datos de protección ayuda a la respuesta y puede perjudicar a las personas a las que se refieren. Cada desafío va acompañado de formas de reducirlo.</translation>
    </message>
    <message>
        <source>Mitigations</source>
        <translation>Medidas de mitigación</translation>
    </message>
    <message>
        <source>Principles at stake</source>
        <translation>Principios en juego</translation>
    </message>
    <message>
        <source>Categories most concerned</source>
        <translation>Categorías más afectadas</translation>
    </message>
    <message>
        <source>All challenges</source>
        <translation>Todos los desafíos</translation>
    </message>
    <message>
        <source>Humanitarian access framework</source>
        <translation>Marco del acceso humanitario</translation>
    </message>
    <message>
        <source>The dimensions and variables that Security and Situational Awareness uses to describe humanitarian access.</source>
        <translation>Las dimensiones y variables que la categoría Seguridad y conciencia situacional usa para describir el acceso humanitario.</translation>
    </message>
    <message>
        <source>See also: {link}</source>
        <translation>Véase también: {link}</translation>
    </message>
    <message>
        <source>About PIM</source>
        <translation>Acerca de la PIM</translation>
    </message>
    <message>
        <source>Under consideration</source>
        <translation>En estudio</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>PIM Desk carries the Protection Information Management (PIM) framework: the PIM Matrix, PIM Desk&apos;s glossary, the principles, the scenarios and the data-sharing guidance. Everything works offline. Press Ctrl+K to search anything.</source>
        <translation>PIM Desk contiene el marco de gestión de información de protección (PIM): la matriz PIM, el glosario de PIM Desk, los principios, los escenarios y la orientación para compartir datos. Todo funciona sin conexión. Pulse Ctrl+K para buscar cualquier cosa.</translation>
    </message>
    <message>
        <source>Welcome to PIM Desk</source>
        <translation>Bienvenido a PIM Desk</translation>
    </message>
    <message>
        <source>Where to start</source>
        <translation>Por dónde empezar</translation>
    </message>
    <message>
        <source>Recently viewed</source>
        <translation>Vistas recientemente</translation>
    </message>
    <message>
        <source>What does each category produce? {link}</source>
        <translation>¿Qué produce cada categoría? {link}</translation>
    </message>
    <message>
        <source>Every category&apos;s outputs</source>
        <translation>Los productos de cada categoría</translation>
    </message>
    <message>
        <source>The whole picture: {link}, categories by elements.</source>
        <translation>El panorama completo: {link}, categorías por elementos.</translation>
    </message>
    <message>
        <source>the PIM Matrix</source>
        <translation>la matriz PIM</translation>
    </message>
    <message>
        <source>What does a word mean? {link}</source>
        <translation>¿Qué significa una palabra? {link}</translation>
    </message>
    <message>
        <source>The glossary, A to Z</source>
        <translation>El glosario, de la A a la Z</translation>
    </message>
    <message>
        <source>Which categories does my situation need? {links}</source>
        <translation>¿Qué categorías necesita mi situación? {links}</translation>
    </message>
    <message>
        <source>Which categories does my team need here, and why? {link}</source>
        <translation>¿Qué categorías necesita aquí mi equipo, y por qué? {link}</translation>
    </message>
    <message>
        <source>Build a context</source>
        <translation>Crear un contexto</translation>
    </message>
    <message>
        <source>What data do I need? {link}</source>
        <translation>¿Qué datos necesito? {link}</translation>
    </message>
    <message>
        <source>Questions and data needs</source>
        <translation>Preguntas y necesidades de datos</translation>
    </message>
    <message>
        <source>How to share data safely: {link}</source>
        <translation>Cómo compartir datos de forma segura: {link}</translation>
    </message>
    <message>
        <source>Data sharing</source>
        <translation>Intercambio de datos</translation>
    </message>
    <message>
        <source>What PIM is: {link} and {principles}</source>
        <translation>Qué es la PIM: {link} y {principles}</translation>
    </message>
    <message>
        <source>the principles</source>
        <translation>los principios</translation>
    </message>
    <message>
        <source>English</source>
        <translation>inglés</translation>
    </message>
    <message>
        <source>Every text says where it comes from: a section in brackets is the source document&apos;s content in PIM Desk&apos;s words; PIM Desk&apos;s note on a section is its explanation around a passage that only mentions the subject; PIM Desk&apos;s illustration is PIM Desk&apos;s own example or common practice, not from the source. “e.g.” marks an illustrative example.</source>
        <translation>Cada texto indica de dónde procede: una sección entre paréntesis marca el contenido del documento fuente con las palabras de PIM Desk; una nota de PIM Desk sobre una sección es su explicación en torno a un pasaje que solo menciona el tema; una ilustración de PIM Desk es un ejemplo o una práctica habitual propia de PIM Desk, que no procede de la fuente. «p. ej.» marca un ejemplo ilustrativo.</translation>
    </message>
    <message>
        <source>[English] marks content that has not been translated into this language yet: it is shown in English.</source>
        <translation>[inglés] señala contenido que aún no se ha traducido a este idioma: se muestra en inglés.</translation>
    </message>
    <message>
        <source>Scenarios</source>
        <translation>Escenarios</translation>
    </message>
    <message>
        <source>Which data and information a situation needs, and which categories produce them.</source>
        <translation>Qué datos e información necesita una situación y qué categorías los producen.</translation>
    </message>
    <message>
        <source>Categories this scenario needs</source>
        <translation>Categorías que necesita este escenario</translation>
    </message>
    <message>
        <source>Data and information needed</source>
        <translation>Datos e información necesarios</translation>
    </message>
    <message>
        <source>Guiding questions</source>
        <translation>Preguntas orientadoras</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Asked in: {names}</source>
        <translation>Planteada en: {names}</translation>
    </message>
    <message>
        <source>{priority} in {scenario}</source>
        <translation>{priority} en {scenario}</translation>
    </message>
    <message>
        <source>Categories that produce it</source>
        <translation>Categorías que lo producen</translation>
    </message>
    <message>
        <source>Its output:</source>
        <translation>Su producto:</translation>
    </message>
    <message>
        <source>Also: {names}</source>
        <translation>También: {names}</translation>
    </message>
    <message>
        <source>Definitions</source>
        <translation>Definiciones</translation>
    </message>
</context>
<context>
    <name>PersonalData</name>
    <message>
        <source>The briefing would print what looks like personal data.</source>
        <translation>El informe imprimiría lo que parecen datos personales.</translation>
    </message>
    <message>
        <source>The file would carry what looks like personal data to whoever gets it.</source>
        <translation>El archivo llevaría lo que parecen datos personales a quien lo reciba.</translation>
    </message>
    <message>
        <source>PIM Desk is not meant to hold personal data of affected people.</source>
        <translation>PIM Desk no está pensado para contener datos personales de las personas afectadas.</translation>
    </message>
    <message>
        <source>… and {count} more.</source>
        <translation>… y {count} más.</translation>
    </message>
    <message>
        <source>Go on only if this may leave the computer; otherwise cancel, then edit the text or leave it out.</source>
        <translation>Continúe solo si esto puede salir del ordenador; si no, cancele y luego edite el texto o déjelo fuera.</translation>
    </message>
    <message>
        <source>&amp;Proceed anyway</source>
        <translation>&amp;Continuar de todos modos</translation>
    </message>
    <message>
        <source>Personal data warning</source>
        <translation>Aviso sobre datos personales</translation>
    </message>
    <message>
        <source>{what}: {text}</source>
        <translation>{what}: {text}</translation>
    </message>
    <message>
        <source>This looks like personal data ({found}). PIM Desk is not meant to hold personal data of affected people: consider removing it.</source>
        <translation>Esto parece contener datos personales ({found}). PIM Desk no está pensado para contener datos personales de las personas afectadas: considere eliminarlos.</translation>
    </message>
</context>
<context>
    <name>Progress</name>
    <message>
        <source>Collecting the content</source>
        <translation>Reuniendo el contenido</translation>
    </message>
    <message>
        <source>Laying out the pages</source>
        <translation>Componiendo las páginas</translation>
    </message>
    <message>
        <source>Saving the file</source>
        <translation>Guardando el archivo</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Guardado</translation>
    </message>
    <message>
        <source>Checking the pack: its files, manifest and signature</source>
        <translation>Comprobando el paquete: sus archivos, su manifiesto y su firma</translation>
    </message>
    <message>
        <source>Unpacking the content</source>
        <translation>Desempaquetando el contenido</translation>
    </message>
    <message>
        <source>Validating the content</source>
        <translation>Validando el contenido</translation>
    </message>
    <message>
        <source>Building the reference database</source>
        <translation>Construyendo la base de datos de referencia</translation>
    </message>
    <message>
        <source>Switching to the new content</source>
        <translation>Cambiando al nuevo contenido</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Listo</translation>
    </message>
</context>
<context>
    <name>Reasons</name>
    <message>
        <source>Tier: {tier}</source>
        <translation>Nivel: {tier}</translation>
    </message>
    <message>
        <source>Add it when {condition}.</source>
        <translation>Añadirla cuando: {condition}.</translation>
    </message>
    <message>
        <source>Suggested first: a contextual risk analysis comes before any response.</source>
        <translation>Sugerida primero: un análisis contextual de riesgos precede a cualquier respuesta.</translation>
    </message>
    <message>
        <source>First</source>
        <translation>Primero</translation>
    </message>
    <message>
        <source>Comes before 1 category:</source>
        <translation>Va antes de 1 categoría:</translation>
    </message>
    <message>
        <source>Comes before {n} categories:</source>
        <translation>Va antes de {n} categorías:</translation>
    </message>
    <message>
        <source>Produces a must-have item of the scenario:</source>
        <translation>Produce un elemento imprescindible del escenario:</translation>
    </message>
    <message>
        <source>Produces {n} must-have items of the scenario:</source>
        <translation>Produce {n} elementos imprescindibles del escenario:</translation>
    </message>
    <message>
        <source>Produces a nice-to-have item of the scenario:</source>
        <translation>Produce un elemento deseable del escenario:</translation>
    </message>
    <message>
        <source>Produces {n} nice-to-have items of the scenario:</source>
        <translation>Produce {n} elementos deseables del escenario:</translation>
    </message>
    <message>
        <source>Answers {n} of the needs you picked:</source>
        <translation>Responde a {n} de las necesidades que eligió:</translation>
    </message>
    <message>
        <source>Works with 1 category this context needs:</source>
        <translation>Funciona con 1 categoría que necesita este contexto:</translation>
    </message>
    <message>
        <source>Works with {n} categories this context needs:</source>
        <translation>Funciona con {n} categorías que necesita este contexto:</translation>
    </message>
    <message>
        <source>how they work together</source>
        <translation>cómo funcionan juntas</translation>
    </message>
    <message>
        <source>(not in the current content)</source>
        <translation>(no está en el contenido actual)</translation>
    </message>
    <message>
        <source>A gap to fill</source>
        <translation>Una brecha que cubrir</translation>
    </message>
    <message>
        <source>Needed, but no system of this category operates here.</source>
        <translation>Necesaria, pero aquí no funciona ningún sistema de esta categoría.</translation>
    </message>
    <message>
        <source>Needed, and it is not known whether a system of this category operates here: find out.</source>
        <translation>Necesaria, y no se sabe si aquí funciona un sistema de esta categoría: averígüelo.</translation>
    </message>
    <message>
        <source>Already here</source>
        <translation>Ya existe</translation>
    </message>
    <message>
        <source>A system of this category already operates here: build on it and share its data.</source>
        <translation>Aquí ya funciona un sistema de esta categoría: apóyese en él y comparta sus datos.</translation>
    </message>
    <message>
        <source>Planned here</source>
        <translation>Previsto aquí</translation>
    </message>
    <message>
        <source>A system of this category is planned here: check that it will come in time.</source>
        <translation>Aquí está previsto un sistema de esta categoría: compruebe que llegará a tiempo.</translation>
    </message>
    <message>
        <source>This category is not in the current content: a content update removed or renamed it. Your decision and notes on it are kept.</source>
        <translation>Esta categoría no está en el contenido actual: una actualización del contenido la eliminó o le cambió el nombre. Su decisión y sus notas sobre ella se conservan.</translation>
    </message>
    <message>
        <source>The rules do not suggest this category for this context: your team added it.</source>
        <translation>Las reglas no sugieren esta categoría para este contexto: su equipo la añadió.</translation>
    </message>
</context>
<context>
    <name>SaveConflict</name>
    <message>
        <source>Your changes to “{name}” were not saved.</source>
        <translation>Sus cambios en «{name}» no se guardaron.</translation>
    </message>
    <message>
        <source>Keep theirs shows the stored version and drops your changes; Save mine as a copy keeps both.</source>
        <translation>«Conservar la suya» muestra la versión guardada y descarta sus cambios; «Guardar la mía como copia» conserva ambas.</translation>
    </message>
    <message>
        <source>Keep theirs</source>
        <translation>Conservar la suya</translation>
    </message>
    <message>
        <source>Save mine as a copy</source>
        <translation>Guardar la mía como copia</translation>
    </message>
</context>
<context>
    <name>Search</name>
    <message>
        <source>Search PIM (Ctrl+K)</source>
        <translation>Buscar en PIM (Ctrl+K)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Search categories, the matrix, the glossary and every page. Results appear as you type; use the arrow keys and Enter to open one.</source>
        <translation>Buscar en las categorías, la matriz, el glosario y todas las páginas. Los resultados aparecen mientras escribe; use las flechas e Intro para abrir uno.</translation>
    </message>
    <message>
        <source>{kind} result; press Enter to open it</source>
        <translation>Resultado de tipo {kind}; pulse Intro para abrirlo</translation>
    </message>
    <message>
        <source>{kind} ({count})</source>
        <translation>{kind} ({count})</translation>
    </message>
    <message>
        <source>Search summary</source>
        <translation>Resumen de la búsqueda</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Resultados de la búsqueda</translation>
    </message>
    <message>
        <source>Grouped by kind; press Enter to open a result</source>
        <translation>Agrupados por tipo; pulse Intro para abrir un resultado</translation>
    </message>
    <message>
        <source>Did you mean: {word}?</source>
        <translation>¿Quiso decir: {word}?</translation>
    </message>
    <message>
        <source>No results for “{query}”. Showing results for “{word}”.</source>
        <translation>No hay resultados para «{query}». Se muestran los resultados para «{word}».</translation>
    </message>
    <message>
        <source>{count} results for “{query}”</source>
        <translation>{count} resultados para «{query}»</translation>
    </message>
    <message>
        <source>No results for “{query}”. Press Enter to search for “{word}”.</source>
        <translation>No hay resultados para «{query}». Pulse Intro para buscar «{word}».</translation>
    </message>
    <message>
        <source>No results for “{query}”.</source>
        <translation>No hay resultados para «{query}».</translation>
    </message>
</context>
<context>
    <name>Selections</name>
    <message>
        <source>My contexts</source>
        <translation>Mis contextos</translation>
    </message>
</context>
<context>
    <name>StartContext</name>
    <message>
        <source>New context</source>
        <translation>Nuevo contexto</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Escenario</translation>
    </message>
    <message>
        <source>The scenario of the new context: it decides the first tiers</source>
        <translation>El escenario del nuevo contexto: decide los primeros niveles</translation>
    </message>
    <message>
        <source>Choose a scenario…</source>
        <translation>Elija un escenario…</translation>
    </message>
    <message>
        <source>Which &amp;scenario is this context in?</source>
        <translation>¿En qué &amp;escenario está este contexto?</translation>
    </message>
</context>
<context>
    <name>Suggestions</name>
    <message>
        <source>Add when {condition}</source>
        <translation>Añadir cuando: {condition}</translation>
    </message>
    <message>
        <source>Added by your team</source>
        <translation>Añadida por su equipo</translation>
    </message>
    <message>
        <source>Suggested first: risk analysis</source>
        <translation>Sugerida primero: análisis de riesgos</translation>
    </message>
    <message>
        <source>Suggested (1 reason)</source>
        <translation>Sugerida (1 motivo)</translation>
    </message>
    <message>
        <source>Suggested ({n} reasons)</source>
        <translation>Sugerida ({n} motivos)</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Por qué</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decisión</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Why it is suggested</source>
        <translation>Por qué se sugiere</translation>
    </message>
    <message>
        <source>The reasons for the chosen category, with their sources</source>
        <translation>Los motivos de la categoría elegida, con sus fuentes</translation>
    </message>
    <message>
        <source>Suggested categories</source>
        <translation>Categorías sugeridas</translation>
    </message>
    <message>
        <source>The categories the rules suggest for this context, first those to put in place first, and those your team added; choose one to see why and decide</source>
        <translation>Las categorías que las reglas sugieren para este contexto, primero las que hay que poner en marcha primero, y las que añadió su equipo; elija una para ver por qué y decidir</translation>
    </message>
    <message>
        <source>Leave the category undecided</source>
        <translation>Dejar la categoría sin decidir</translation>
    </message>
    <message>
        <source>Use this category in this context</source>
        <translation>Usar esta categoría en este contexto</translation>
    </message>
    <message>
        <source>Do not use this category here</source>
        <translation>No usar esta categoría aquí</translation>
    </message>
    <message>
        <source>To &amp;decide</source>
        <translation>Por &amp;decidir</translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation>&amp;Aceptar</translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation>&amp;Rechazar</translation>
    </message>
    <message>
        <source>To decide</source>
        <translation>Por decidir</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Rechazar</translation>
    </message>
    <message>
        <source>How urgently your team wants this category in place</source>
        <translation>Con qué urgencia quiere su equipo poner en marcha esta categoría</translation>
    </message>
    <message>
        <source>Why, who, by when…</source>
        <translation>Por qué, quién, para cuándo…</translation>
    </message>
    <message>
        <source>Notes on the category</source>
        <translation>Notas sobre la categoría</translation>
    </message>
    <message>
        <source>Your team&apos;s notes on this category; saved as you type</source>
        <translation>Las notas de su equipo sobre esta categoría; se guardan mientras escribe</translation>
    </message>
    <message>
        <source>Category to add</source>
        <translation>Categoría que añadir</translation>
    </message>
    <message>
        <source>A category the rules did not suggest, to add by hand</source>
        <translation>Una categoría que las reglas no sugirieron, para añadir a mano</translation>
    </message>
    <message>
        <source>Add &amp;by hand</source>
        <translation>Añadir a &amp;mano</translation>
    </message>
    <message>
        <source>Add the chosen category to this context, accepted</source>
        <translation>Añadir la categoría elegida a este contexto, aceptada</translation>
    </message>
    <message>
        <source>Each context needs its own combination of categories. The rules sort them into start here, add when … and not needed now, from the scenario, the data you need, the systems already there and your limits; choose one to see why, then decide.</source>
        <translation>Cada contexto necesita su propia combinación de categorías. Las reglas las ordenan en «empezar aquí», «añadir cuando …» y «no necesaria por ahora», según el escenario, los datos que necesita, los sistemas ya presentes y sus límites; elija una para ver por qué y luego decida.</translation>
    </message>
    <message>
        <source>Add a cate&amp;gory:</source>
        <translation>Añadir una cate&amp;goría:</translation>
    </message>
    <message>
        <source>Decision:</source>
        <translation>Decisión:</translation>
    </message>
    <message>
        <source>&amp;Priority:</source>
        <translation>&amp;Prioridad:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notas:</translation>
    </message>
    <message>
        <source>Choose a scenario to see the suggested categories.</source>
        <translation>Elija un escenario para ver las categorías sugeridas.</translation>
    </message>
    <message>
        <source>Notes can have at most {limit} characters; shorten them to save them.</source>
        <translation>Las notas pueden tener como máximo {limit} caracteres; acórtelas para guardarlas.</translation>
    </message>
</context>
<context>
    <name>Systems</name>
    <message>
        <source>Systems already operating</source>
        <translation>Sistemas que ya funcionan</translation>
    </message>
    <message>
        <source>For each category, whether a PIM system operates in the context</source>
        <translation>Para cada categoría, si funciona un sistema PIM en el contexto</translation>
    </message>
    <message>
        <source>Which PIM systems already operate here? A needed category with no system is a gap to fill; one already operating is something to build on.</source>
        <translation>¿Qué sistemas PIM funcionan ya aquí? Una categoría necesaria sin sistema es una brecha que cubrir; un sistema que ya funciona es algo en lo que apoyarse.</translation>
    </message>
    <message>
        <source>Without a named system: status by category</source>
        <translation>Sin sistema con nombre: estado por categoría</translation>
    </message>
    <message>
        <source>System status: {category}</source>
        <translation>Estado del sistema: {category}</translation>
    </message>
    <message>
        <source>Whether a {category} system operates in this context</source>
        <translation>Si funciona un sistema de «{category}» en este contexto</translation>
    </message>
    <message>
        <source>{badge} Kept from an earlier content version: {lines}</source>
        <translation>{badge} Conservado de una versión anterior del contenido: {lines}</translation>
    </message>
</context>
<context>
    <name>SystemsMap</name>
    <message>
        <source>System</source>
        <translation>Sistema</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Shares</source>
        <translation>Comparte</translation>
    </message>
    <message>
        <source>How often</source>
        <translation>Frecuencia</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <source>What limits this context?</source>
        <translation>¿Qué limita este contexto?</translation>
    </message>
    <message>
        <source>A limit the suggestions take into account</source>
        <translation>Un límite que las sugerencias tienen en cuenta</translation>
    </message>
    <message>
        <source>Systems map: who runs what</source>
        <translation>Mapa de sistemas: quién gestiona qué</translation>
    </message>
    <message>
        <source>For example: DTM round 3</source>
        <translation>Por ejemplo: DTM ronda 3</translation>
    </message>
    <message>
        <source>System name</source>
        <translation>Nombre del sistema</translation>
    </message>
    <message>
        <source>The name of the system to add, as the team calls it</source>
        <translation>El nombre del sistema que se añade, como lo llama el equipo</translation>
    </message>
    <message>
        <source>System category</source>
        <translation>Categoría del sistema</translation>
    </message>
    <message>
        <source>The PIM category the system to add belongs to</source>
        <translation>La categoría PIM a la que pertenece el sistema que se añade</translation>
    </message>
    <message>
        <source>System status</source>
        <translation>Estado del sistema</translation>
    </message>
    <message>
        <source>Whether the system to add is operating, planned or stopped</source>
        <translation>Si el sistema que se añade está en funcionamiento, previsto o detenido</translation>
    </message>
    <message>
        <source>Who runs it</source>
        <translation>Quién lo gestiona</translation>
    </message>
    <message>
        <source>The organisation that runs the system to add</source>
        <translation>La organización que gestiona el sistema que se añade</translation>
    </message>
    <message>
        <source>What it shares</source>
        <translation>Qué comparte</translation>
    </message>
    <message>
        <source>The data or information the system shares</source>
        <translation>Los datos o la información que comparte el sistema</translation>
    </message>
    <message>
        <source>How often, e.g. monthly</source>
        <translation>Con qué frecuencia, p. ej. mensual</translation>
    </message>
    <message>
        <source>How often the system shares it</source>
        <translation>Con qué frecuencia lo comparte el sistema</translation>
    </message>
    <message>
        <source>Whom to ask</source>
        <translation>A quién preguntar</translation>
    </message>
    <message>
        <source>Whom to ask about the system</source>
        <translation>A quién preguntar sobre el sistema</translation>
    </message>
    <message>
        <source>Add to the &amp;map</source>
        <translation>Añadir al &amp;mapa</translation>
    </message>
    <message>
        <source>Re&amp;move the chosen system</source>
        <translation>&amp;Quitar el sistema elegido</translation>
    </message>
    <message>
        <source>Remove the chosen system from the map</source>
        <translation>Quitar del mapa el sistema elegido</translation>
    </message>
    <message>
        <source>Systems on the map</source>
        <translation>Sistemas en el mapa</translation>
    </message>
    <message>
        <source>The PIM systems of this operation: who runs what, what it shares and how often</source>
        <translation>Los sistemas PIM de esta operación: quién gestiona qué, qué comparte y con qué frecuencia</translation>
    </message>
    <message>
        <source>System:</source>
        <translation>Sistema:</translation>
    </message>
    <message>
        <source>Run by:</source>
        <translation>Gestionado por:</translation>
    </message>
    <message>
        <source>Shares:</source>
        <translation>Comparte:</translation>
    </message>
    <message>
        <source>The map already has a system named “{name}”: choose another.</source>
        <translation>El mapa ya tiene un sistema llamado «{name}»: elija otro nombre.</translation>
    </message>
    <message>
        <source>Gap: {category} is needed and no system runs it.</source>
        <translation>Vacío: {category} es necesaria y ningún sistema la cubre.</translation>
    </message>
    <message>
        <source>Overlap: {category} is done by {systems}.</source>
        <translation>Solapamiento: {category} la cubren {systems}.</translation>
    </message>
    <message>
        <source>No gaps and no overlaps.</source>
        <translation>Ni vacíos ni solapamientos.</translation>
    </message>
</context>
<context>
    <name>TaskPanel</name>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <source>How far the work has got</source>
        <translation>Cuánto ha avanzado el trabajo</translation>
    </message>
    <message>
        <source>Cance&amp;l</source>
        <translation>Cance&amp;lar</translation>
    </message>
    <message>
        <source>Cancel the work</source>
        <translation>Cancelar el trabajo</translation>
    </message>
    <message>
        <source>Stop now; nothing is changed</source>
        <translation>Parar ahora; no se cambia nada</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
</context>
<context>
    <name>ToolActions</name>
    <message>
        <source>&amp;Export PDF…</source>
        <translation>&amp;Exportar PDF…</translation>
    </message>
    <message>
        <source>Export a briefing, a category sheet or the glossary (Ctrl+E)</source>
        <translation>Exportar una nota informativa, una ficha de categoría o el glosario (Ctrl+E)</translation>
    </message>
    <message>
        <source>&amp;Update content…</source>
        <translation>&amp;Actualizar el contenido…</translation>
    </message>
    <message>
        <source>See the installed content, load a content pack, roll back</source>
        <translation>Ver el contenido instalado, cargar un paquete de contenido, revertir</translation>
    </message>
    <message>
        <source>&amp;Check my data…</source>
        <translation>&amp;Comprobar mis datos…</translation>
    </message>
    <message>
        <source>Check your data file, back it up or restore a backup</source>
        <translation>Comprobar su archivo de datos, hacer una copia de seguridad o restaurar una</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Herramientas</translation>
    </message>
</context>
<context>
    <name>UserGuide</name>
    <message>
        <source>Browse</source>
        <translation>Explorar</translation>
    </message>
    <message>
        <source>The navigation pane on the left lists the parts of PIM Desk: the PIM Matrix, the categories, the glossary, the scenarios, the principles and the data-sharing guidance. Follow any link; Back and Forward (Alt+Left, Alt+Right) retrace your steps, and Ctrl+D bookmarks a page.</source>
        <translation>El panel de navegación, a la izquierda, enumera las partes de PIM Desk: la Matriz PIM, las categorías, el glosario, los escenarios, los principios y la orientación sobre el intercambio de datos. Siga cualquier enlace; Atrás y Adelante (Alt+Izquierda, Alt+Derecha) rehacen su recorrido, y Ctrl+D añade una página a los marcadores.</translation>
    </message>
    <message>
        <source>Your bookmarks are listed in the Bookmarks menu. Ctrl+Shift+B opens them with recently viewed pages; there, Delete removes the bookmark chosen and Ctrl+Z puts it back.</source>
        <translation>Sus marcadores aparecen en el menú Marcadores. Ctrl+Shift+B los abre junto con las páginas vistas recientemente; allí, Supr quita el marcador elegido y Ctrl+Z lo vuelve a poner.</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Type in the search box (Ctrl+K): results appear as you type, the record a word names first. The arrow keys and Enter open a result; Escape returns to your page. A misspelt word is corrected at once, and the corrected word is shown.</source>
        <translation>Escriba en el cuadro de búsqueda (Ctrl+K): los resultados aparecen mientras escribe, primero la ficha que nombra la palabra. Las flechas y Entrar abren un resultado; Escape vuelve a su página. Una palabra mal escrita se corrige al instante y se indica la palabra corregida.</translation>
    </message>
    <message>
        <source>Build and share a context</source>
        <translation>Crear y compartir un contexto</translation>
    </message>
    <message>
        <source>A context is your team&apos;s selection for one operation: its place and scenario, the PIM categories it needs, your decisions, priorities and notes. Ctrl+N starts a new context; PIM Desk suggests categories and says why. Everything is saved as you type.</source>
        <translation>Un contexto es la selección de su equipo para una operación: su lugar y escenario, las categorías PIM que necesita, sus decisiones, prioridades y notas. Ctrl+N inicia un nuevo contexto; PIM Desk sugiere categorías y explica por qué. Todo se guarda mientras escribe.</translation>
    </message>
    <message>
        <source>To share a context, save it as a .pimsel file (a PIM Desk context file) and send it; Ctrl+O imports a context file you received.</source>
        <translation>Para compartir un contexto, guárdelo como archivo .pimsel (un archivo de contexto de PIM Desk) y envíelo; Ctrl+O importa un archivo de contexto que haya recibido.</translation>
    </message>
    <message>
        <source>PIM Desk is not meant to hold personal data of affected people. While you type notes, and before a PDF or a file leaves the computer, it says what looks like personal data (names, dates of birth, phone, ID and case numbers); you decide.</source>
        <translation>PIM Desk no está pensado para contener datos personales de las personas afectadas. Mientras escribe notas, y antes de que un PDF o un archivo salga del ordenador, indica lo que parecen datos personales (nombres, fechas de nacimiento, números de teléfono, de identidad y de caso); usted decide.</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>File → Export PDF… (Ctrl+E) makes a briefing of a context, a sheet of a category or the glossary handout.</source>
        <translation>Archivo → Exportar PDF… (Ctrl+E) produce el informe de un contexto, la ficha de una categoría o el glosario para repartir.</translation>
    </message>
    <message>
        <source>Update content</source>
        <translation>Actualizar el contenido</translation>
    </message>
    <message>
        <source>Tools → Update content… shows the installed content, checks a content pack (.zip) and what it would change before applying it, and can roll back to the content used before.</source>
        <translation>Herramientas → Actualizar el contenido… muestra el contenido instalado, comprueba un paquete de contenido (.zip) y lo que cambiaría antes de aplicarlo, y puede volver al contenido usado antes.</translation>
    </message>
    <message>
        <source>Choose a change to read its text before and after, with the words removed struck through and the words added underlined. Trust a key… installs the public key (.pem) of a pack&apos;s maker once you have compared its key ID with theirs; packs signed with it are then applied without a warning.</source>
        <translation>Elija un cambio para leer su texto antes y después, con las palabras quitadas tachadas y las añadidas subrayadas. Confiar en una clave… instala la clave pública (.pem) de quien hizo un paquete una vez que haya comparado su identificador de clave con el suyo; los paquetes firmados con ella se aplican entonces sin advertencia.</translation>
    </message>
    <message>
        <source>Check data</source>
        <translation>Comprobar los datos</translation>
    </message>
    <message>
        <source>Help → Check my data… checks your data file, backs it up, or restores a backup.</source>
        <translation>Ayuda → Comprobar mis datos… comprueba su archivo de datos, hace una copia de seguridad o restaura una copia.</translation>
    </message>
    <message>
        <source>{action}: {keys}</source>
        <translation>{action}: {keys}</translation>
    </message>
    <message>
        <source>{app} user guide</source>
        <translation>Guía del usuario de {app}</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Guía del usuario</translation>
    </message>
</context>
<context>
    <name>Window</name>
    <message>
        <source>Sections</source>
        <translation>Secciones</translation>
    </message>
    <message>
        <source>The parts of PIM Desk; press Enter to open one</source>
        <translation>Las partes de PIM Desk; pulse Intro para abrir una</translation>
    </message>
    <message>
        <source>Content {version} of {date}</source>
        <translation>Contenido {version} del {date}</translation>
    </message>
    <message>
        <source>Content version</source>
        <translation>Versión del contenido</translation>
    </message>
    <message>
        <source>Page not found</source>
        <translation>Página no encontrada</translation>
    </message>
    <message>
        <source>Bookmarked.</source>
        <translation>Marcador añadido.</translation>
    </message>
    <message>
        <source>Bookmark removed.</source>
        <translation>Marcador quitado.</translation>
    </message>
    <message>
        <source>&amp;Bookmarked</source>
        <translation>&amp;Con marcador</translation>
    </message>
    <message>
        <source>&amp;Bookmark this page</source>
        <translation>&amp;Marcar esta página</translation>
    </message>
    <message>
        <source>Search — {app}</source>
        <translation>Búsqueda — {app}</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Atrás</translation>
    </message>
    <message>
        <source>Go back (Alt+Left)</source>
        <translation>Volver atrás (Alt+Izquierda)</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>A&amp;delante</translation>
    </message>
    <message>
        <source>Go forward (Alt+Right)</source>
        <translation>Ir adelante (Alt+Derecha)</translation>
    </message>
    <message>
        <source>Start &amp;page</source>
        <translation>Página de &amp;inicio</translation>
    </message>
    <message>
        <source>Go to the start page (Alt+Home)</source>
        <translation>Ir a la página de inicio (Alt+Inicio)</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Buscar</translation>
    </message>
    <message>
        <source>Search everything (Ctrl+K or Ctrl+F)</source>
        <translation>Buscar en todo (Ctrl+K o Ctrl+F)</translation>
    </message>
    <message>
        <source>Bookmark this page, or remove its bookmark (Ctrl+D)</source>
        <translation>Marcar esta página o quitar su marcador (Ctrl+D)</translation>
    </message>
    <message>
        <source>&amp;Show bookmarks</source>
        <translation>Mostrar marca&amp;dores</translation>
    </message>
    <message>
        <source>Bookmarks and recently viewed pages</source>
        <translation>Marcadores y páginas vistas recientemente</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>&amp;Ampliar</translation>
    </message>
    <message>
        <source>Larger text (Ctrl++)</source>
        <translation>Texto más grande (Ctrl++)</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>&amp;Reducir</translation>
    </message>
    <message>
        <source>Smaller text (Ctrl+-)</source>
        <translation>Texto más pequeño (Ctrl+-)</translation>
    </message>
    <message>
        <source>&amp;Normal size</source>
        <translation>Tamaño &amp;normal</translation>
    </message>
    <message>
        <source>Text at its normal size (Ctrl+0)</source>
        <translation>Texto a su tamaño normal (Ctrl+0)</translation>
    </message>
    <message>
        <source>Next &amp;area</source>
        <translation>&amp;Zona siguiente</translation>
    </message>
    <message>
        <source>Move between navigation, search and page (F6)</source>
        <translation>Moverse entre la navegación, la búsqueda y la página (F6)</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Guía del usuario</translation>
    </message>
    <message>
        <source>How to use PIM Desk, and its keyboard shortcuts (F1)</source>
        <translation>Cómo usar PIM Desk y sus atajos de teclado (F1)</translation>
    </message>
    <message>
        <source>&amp;About PIM Desk</source>
        <translation>&amp;Acerca de PIM Desk</translation>
    </message>
    <message>
        <source>Versions of the app and of its content, and the sources</source>
        <translation>Versiones de la aplicación y de su contenido, y las fuentes</translation>
    </message>
    <message>
        <source>&amp;Close window</source>
        <translation>&amp;Cerrar la ventana</translation>
    </message>
    <message>
        <source>Close the PIM Desk window (Ctrl+W)</source>
        <translation>Cerrar la ventana de PIM Desk (Ctrl+W)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>Close PIM Desk</source>
        <translation>Cerrar PIM Desk</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Ir</translation>
    </message>
    <message>
        <source>&amp;Bookmarks</source>
        <translation>&amp;Marcadores</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Navegación</translation>
    </message>
    <message>
        <source>No bookmarks yet</source>
        <translation>Aún no hay marcadores</translation>
    </message>
    <message>
        <source>All bookmarks…</source>
        <translation>Todos los marcadores…</translation>
    </message>
</context>
</TS>
