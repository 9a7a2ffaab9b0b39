//! C3 linearization (CPython `Objects/typeobject.c: mro_implementation`), as a pure function.
//!
//! The MRO of a class is the class followed by the *merge* of its bases' MROs and the list
//! of bases: repeatedly take the first head that appears in no other list's tail. If no
//! head qualifies the hierarchy is inconsistent and CPython reports the remaining heads.

/// Merge `seqs` (each base's MRO, then the bases list). On failure returns the heads still
/// unmerged, in order, for the error message.
pub fn c3_merge<T: Clone + PartialEq>(mut seqs: Vec<Vec<T>>) -> Result<Vec<T>, Vec<T>> {
    let mut out = Vec::new();
    loop {
        seqs.retain(|s| !s.is_empty());
        if seqs.is_empty() {
            return Ok(out);
        }
        let candidate = seqs
            .iter()
            .map(|s| &s[0])
            .find(|head| !seqs.iter().any(|s| s[1..].contains(head)))
            .cloned();
        match candidate {
            Some(c) => {
                for s in seqs.iter_mut() {
                    if s[0] == c {
                        s.remove(0);
                    }
                }
                out.push(c);
            }
            None => {
                let mut heads: Vec<T> = Vec::new();
                for s in &seqs {
                    if !heads.contains(&s[0]) {
                        heads.push(s[0].clone());
                    }
                }
                return Err(heads);
            }
        }
    }
}

/// The MRO of a class `cls` with `bases` whose own MROs are `base_mros`.
pub fn linearize<T: Clone + PartialEq>(
    cls: T,
    bases: &[T],
    base_mros: Vec<Vec<T>>,
) -> Result<Vec<T>, Vec<T>> {
    let mut seqs = base_mros;
    seqs.push(bases.to_vec());
    let mut merged = c3_merge(seqs)?;
    merged.insert(0, cls);
    Ok(merged)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn mro_of(
        table: &[(&'static str, &[&'static str])],
        name: &'static str,
    ) -> Result<Vec<&'static str>, Vec<&'static str>> {
        let bases: Vec<&'static str> = table.iter().find(|(n, _)| *n == name).unwrap().1.to_vec();
        let mut base_mros = Vec::new();
        for b in &bases {
            base_mros.push(mro_of(table, b)?);
        }
        linearize(name, &bases, base_mros)
    }

    #[test]
    fn diamond() {
        let t: &[(&str, &[&str])] = &[("O", &[]), ("A", &["O"]), ("B", &["O"]), ("C", &["A", "B"])];
        assert_eq!(mro_of(t, "C").unwrap(), vec!["C", "A", "B", "O"]);
    }

    #[test]
    fn wikipedia_example() {
        let t: &[(&str, &[&str])] = &[
            ("O", &[]),
            ("A", &["O"]),
            ("B", &["O"]),
            ("C", &["O"]),
            ("D", &["O"]),
            ("E", &["O"]),
            ("K1", &["A", "B", "C"]),
            ("K2", &["D", "B", "E"]),
            ("K3", &["D", "A"]),
            ("Z", &["K1", "K2", "K3"]),
        ];
        assert_eq!(
            mro_of(t, "Z").unwrap(),
            vec!["Z", "K1", "K2", "K3", "D", "A", "B", "C", "E", "O"]
        );
    }

    #[test]
    fn inconsistent() {
        let t: &[(&str, &[&str])] = &[
            ("O", &[]),
            ("X", &["O"]),
            ("Y", &["O"]),
            ("A", &["X", "Y"]),
            ("B", &["Y", "X"]),
            ("Z", &["A", "B"]),
        ];
        assert_eq!(mro_of(t, "Z").unwrap_err(), vec!["X", "Y"]);
    }
}
