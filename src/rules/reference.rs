pub fn markdown(_cat: &crate::i18n::Catalog) -> String {
    String::new()
}
