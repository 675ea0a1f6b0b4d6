# La vista previa del fax en la pantalla del paquete (ui/fax.js). Mismos ids y
# marcadores que ../en/fax.ftl.
fax-preview-heading = Cómo se verán sus documentos en el fax
fax-preview-hint = Un fax es en blanco y negro. Aquí se muestra cada página de sus documentos como la imprimirá la máquina de fax. Si una página se lee mal, tome la foto otra vez con buena luz, o escanee el papel.
fax-preview-loading = Preparando las imágenes del fax…
fax-preview-progress = Preparando las imágenes del fax: documento { $done } de { $total }…
fax-preview-none = Usted no ha agregado documentos.
fax-preview-page = Página { $page } de { $pages }
fax-preview-previous = Página anterior
fax-preview-next = Página siguiente
fax-preview-alt = { $title }, página { $page }, como se verá en el fax
