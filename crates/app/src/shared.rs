//! One pointer-equality wrapper for everything built once and handed around by reference.

use std::rc::Rc;

/// An `Rc<T>` compared by identity: two handles are equal when they point at the same value.
/// For what is built once and never changes (a document's search index, its analysis, a lens
/// view), so that comparing props is a pointer check, never a deep walk.
#[derive(Debug, Default)]
pub struct Shared<T>(pub Rc<T>);

impl<T> Shared<T> {
    pub fn new(value: T) -> Self {
        Self(Rc::new(value))
    }
}

impl<T> Clone for Shared<T> {
    fn clone(&self) -> Self {
        Self(Rc::clone(&self.0))
    }
}

impl<T> PartialEq for Shared<T> {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl<T> std::ops::Deref for Shared<T> {
    type Target = T;
    fn deref(&self) -> &T {
        &self.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn equal_by_identity_not_by_value() {
        let a = Shared::new(vec![1, 2]);
        assert_eq!(a, a.clone());
        assert_ne!(a, Shared::new(vec![1, 2]));
    }
}
