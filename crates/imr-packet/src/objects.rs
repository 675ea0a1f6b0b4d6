//! Small helpers over lopdf's objects shared by the modules that read a PDF's own
//! dictionaries (intake, the broken-picture mending).

use lopdf::{Document, Object};

/// `obj`, or the object it refers to; `None` for a reference to nothing.
pub(crate) fn resolve<'a>(doc: &'a Document, obj: &'a Object) -> Option<&'a Object> {
    match obj {
        Object::Reference(id) => doc.get_object(*id).ok(),
        other => Some(other),
    }
}
