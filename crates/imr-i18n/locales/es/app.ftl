# Los mensajes propios de imr-app: errores que muestra la ventana, títulos de tareas y
# de pantallas. Mismos ids y marcadores que ../en/app.ftl.

## Errores
app-settings-not-saved = No se pudo guardar su idioma en esta computadora ({ $reason }). La aplicación se lo volverá a preguntar la próxima vez.
