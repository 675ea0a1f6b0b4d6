# Las páginas de un documento: herramientas de páginas, recorte y tapado, avisos de fotos.

pages-title = Páginas de { $title }
pages-heading = Las páginas de “{ $title }”
pages-intro = Estas páginas se enviarán en este orden. Su archivo no cambia: puede deshacer todo lo que haga aquí.
pages-summary = Se { $sent ->
    [one] enviará una página
   *[other] enviarán { $sent } páginas
} de { $count }.
pages-label = Página { $position } de { $count }
pages-label-moved = Página { $position } de { $count } (página { $page } del archivo)
pages-thumbnail-alt = { $label }, tal como se enviará
pages-removed-heading = Páginas que no se enviarán
pages-removed-label = Página { $page } del archivo
pages-put-back = Volver a incluir
pages-crop = Recortar y enderezar
pages-redact = Tapar una parte de la página
pages-turn-left = Girar a la izquierda
pages-turn-right = Girar a la derecha
pages-move-up = Subir
pages-move-down = Bajar
pages-remove = No enviar
pages-split = Empezar aquí un documento nuevo
pages-split-hint = Divide el documento en dos: esta página y las siguientes pasan a ser un documento aparte, justo después de este.
pages-back = Volver a sus documentos
pages-action-label = { $action }: { $label }
pages-split-title = { $title } (parte 2)
pages-changed = Se { $sent ->
    [one] enviará una página
   *[other] enviarán { $sent } páginas
} de { $count }, con los cambios que usted hizo.

pages-change-cropped = Recortada a la hoja y enderezada
pages-change-turned = { $turn ->
    [90] Girada a la derecha
    [180] Girada de cabeza
   *[other] Girada a la izquierda
}
pages-change-redacted = { $count ->
    [one] Una parte tapada
   *[other] { $count } partes tapadas
}

pages-warning-blurry = Esta foto se ve borrosa. Tómela de nuevo con el teléfono quieto y buena luz.
pages-warning-dark = Esta foto se ve demasiado oscura o clara para leerla bien. Tómela de nuevo con buena luz y con toda la página en la foto.
pages-warning-on-page = Página { $page }: { $warning }

pages-no-such-page = Esa página ya no está en este documento. Vuelva a sus páginas e inténtelo de nuevo.
pages-last-page = Esta es la única página del documento. Si no quiere enviarla, quite el documento.
pages-cannot-split = Un documento solo se puede dividir antes de una de sus páginas, a partir de la segunda.
pages-corners-not-a-sheet = Estas esquinas no forman una hoja. Muévalas a las cuatro esquinas de la hoja, o use la foto completa.
pages-box-empty = Un recuadro para tapar no tiene tamaño. Dibújelo de nuevo.

# Las herramientas de recorte y tapado.
editor-title = Página { $position } de { $title }
editor-heading = Recortar y tapar
editor-corners-heading = Las esquinas de la hoja
pages-corners-saved = La página está recortada en estas esquinas. Puede moverlas, o usar la foto completa.
pages-corners-suggested = Creemos que las esquinas de la hoja están aquí. Revise cada una: mueva la que no esté en su lugar y luego elija “Usar estas esquinas”.
pages-corners-whole = No pudimos encontrar los bordes de la hoja, así que se usa la foto completa. Para recortarla, mueva las esquinas a las esquinas de la hoja.
editor-keys-hint = Con el teclado: elija una esquina y muévala con las flechas (mantenga presionada la tecla Mayús para moverla más rápido).
editor-corner-top-left = Esquina de arriba a la izquierda
editor-corner-top-right = Esquina de arriba a la derecha
editor-corner-bottom-right = Esquina de abajo a la derecha
editor-corner-bottom-left = Esquina de abajo a la izquierda
editor-corner-position = { $corner }: a { $x } por ciento del borde izquierdo y a { $y } por ciento del borde de arriba
editor-use-corners = Usar estas esquinas
editor-whole = Usar la foto completa
editor-picture-alt = La página tal como está en su archivo, con las esquinas de la hoja marcadas
editor-boxes-heading = Tapar una parte de la página
editor-boxes-hint = Tape lo que el DMHC no debe recibir, como los datos de otra persona o un diagnóstico que no tiene que ver. Arrastre sobre esa parte en la imagen, o agregue un recuadro y mueva sus esquinas con el teclado. En el paquete, la página pasa a ser una imagen con los recuadros en negro sólido: nada de lo que quede debajo se puede leer ni copiar.
editor-add-box = Agregar un recuadro
editor-box = Recuadro { $number }
editor-box-start = Recuadro { $number }, esquina de arriba a la izquierda
editor-box-end = Recuadro { $number }, esquina de abajo a la derecha
editor-remove-box = Quitar el recuadro { $number }
editor-save-boxes = Guardar los recuadros
editor-no-boxes = Todavía no hay recuadros.
editor-done = Volver a las páginas
editor-saved = Guardado.

pages-open = Ver y cambiar las páginas
pages-check-corners = Revisar las esquinas de la página { $page }
pages-loading = Preparando las páginas…
pages-split-done = El documento ahora son dos documentos: el nuevo está justo después.
editor-loading = Abriendo la página…
editor-boxes-alt = La página tal como está en su archivo, con los recuadros para tapar

# Justo después de agregar: las fotos nuevas, una tras otra en la herramienta de esquinas.
photos-title = Revise su foto
photos-heading = Revise las esquinas de su foto
photos-progress = Foto { $number } de { $count }
photos-later = { $left ->
    [one] Revisar esta foto más tarde
   *[other] Revisar las fotos que faltan más tarde
}
photos-later-hint = Una foto que no revise se envía completa, tal como la tomó. Puede revisarla más tarde con “Revisar las esquinas” en la tarjeta del documento.
