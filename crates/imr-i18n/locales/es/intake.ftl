# Por qué un archivo no puede ir en el paquete (imr-packet). Cada mensaje dice qué hacer.
# $detail es un detalle técnico en inglés, entre paréntesis.

intake-empty = El archivo está vacío. Elija el archivo otra vez, o vuelva a escanear o fotografiar el papel.
intake-too-large = El archivo es demasiado grande ({ $size_mb } MB; el límite es { $limit_mb } MB). Escanéelo con una resolución más baja, o divídalo en archivos más pequeños.
intake-unsupported = { $advice }
intake-image-too-large = La imagen es demasiado grande ({ $width } × { $height } píxeles). Tome la foto otra vez con la configuración normal de la cámara, o escanee el papel a 300 dpi.
intake-damaged-image = La imagen está dañada o no se copió completa ({ $detail }). Cópiela otra vez desde su teléfono o cámara, o tome la foto otra vez.
intake-password-protected = El PDF está protegido con contraseña. Ábralo con su contraseña, guarde una copia sin contraseña y agregue esa copia.
intake-no-pages = El PDF no tiene páginas. Pida una copia nueva a quien se lo envió, o escanee el papel.
intake-too-many-pages = El archivo tiene { $pages } { $pages ->
        [one] página
       *[other] páginas
    }; el límite es { $limit }. Divídalo en archivos más pequeños.
intake-damaged-pdf = El PDF está dañado. Pida una copia nueva a quien se lo envió, o escanee el papel.
intake-damaged-scan = El escaneo está dañado o no se copió completo ({ $detail }). Cópielo otra vez, o vuelva a escanear el papel.
intake-damaged-scan-page = El escaneo está dañado o no se copió completo: no se puede leer la página { $page } ({ $detail }). Cópielo otra vez, o vuelva a escanear el papel.
intake-damaged-pdf-page = El PDF está dañado: no se puede leer la página { $page }. Pida una copia nueva a quien se lo envió, o escanee el papel.

intake-advice-heic = Esta foto está en formato HEIC (de un iPhone), que esta copia de la aplicación no puede leer. En el teléfono, compártala o expórtela como JPG (o elija Cámara > Formatos > "Más compatible"), y luego agregue el JPG.
intake-advice-avif = Esta imagen está en formato AVIF, que esta aplicación no puede leer. Abra la imagen y guárdela como JPG o PNG; luego agréguela.
intake-advice-tiff-compression = Este escaneo usa un tipo de compresión que esta aplicación no puede leer. Vuelva a escanear el papel como PDF, o abra el escaneo y guárdelo como PDF o PNG, y luego agréguelo.
intake-advice-tiff-color = Este escaneo guarda sus colores de una forma que esta aplicación no puede leer. Vuelva a escanear el papel como PDF, o abra el escaneo y guárdelo como PDF o PNG, y luego agréguelo.
intake-advice-picture = Este formato de imagen no puede ir en un paquete. Abra la imagen y guárdela como JPG o PNG; luego agréguela.
intake-advice-picture-feature = Esta imagen usa una función que esta aplicación no puede leer. Abra la imagen y guárdela como JPG o PNG; luego agréguela.
intake-advice-office = Parece un documento de Word u otro programa de oficina. Ábralo y guárdelo o expórtelo como PDF, y luego agregue el PDF.
intake-advice-web-page = Es una página web guardada como archivo, no un PDF. Abra la página en un navegador web e imprímala como PDF, y luego agregue el PDF.
intake-advice-other = Esta aplicación no puede leer este tipo de archivo (puede leer PDF, JPG, PNG, HEIC, TIFF, WebP o GIF). Ábralo y guárdelo o imprímalo como PDF, y luego agregue el PDF.
intake-advice-jpeg-precision = Este JPG usa color de { $bits } bits, que un PDF no puede guardar. Ábralo y guárdelo como un JPG normal o como PNG, y luego agréguelo.
intake-advice-jpeg-lossless = Este JPG usa compresión sin pérdida, que la mayoría de los lectores de PDF no pueden mostrar. Ábralo y guárdelo como PNG, y luego agréguelo.

edit-page-not-in-file = La página { $page } está elegida para el paquete, pero el archivo tiene { $pages ->
    [one] una sola página
   *[other] { $pages } páginas
}. Abra las páginas del documento y vuelva a elegirlas.
edit-page-twice = La página { $page } está elegida dos veces para el paquete. Abra las páginas del documento y vuelva a elegirlas.
edit-no-pages = Ninguna página de este documento está elegida para el paquete. Quite el documento, o abra sus páginas y vuelva a elegirlas.
edit-page-failed = No se pudo recortar ni tapar la página { $page } ({ $detail }). Abra las páginas del documento, use la página completa y vuelva a dibujar los recuadros.
