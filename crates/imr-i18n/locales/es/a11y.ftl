# Mensajes de accesibilidad: los lee el lector de pantalla (mensajes de estado) o se
# muestran como ayuda.

# Después de agregar documentos (mensaje de estado, no se ve en la pantalla).
a11y-documents-added = { $count ->
        [one] Documento agregado: { $names }.
       *[other] Documentos agregados: { $names }.
    }
# Después de guardar el paquete (mensaje de estado, no se ve en la pantalla).
a11y-packet-saved = Su paquete está guardado: { $pages } { $pages ->
        [one] página
       *[other] páginas
    }.
# Debajo del recuadro para dibujar la firma: la forma de firmar con el teclado.
a11y-draw-alternative = Si no puede dibujar con el mouse, un lápiz o el dedo, elija arriba "Escribir mi nombre como firma".
