//! Instance attributes: kept inline in the object until a dict is asked for (CPython
//! 3.11's "managed dict" with inline values, `Objects/dictobject.c:
//! _PyObject_StoreInstanceAttribute` and `make_dict_from_instance_attributes`).
//!
//! A plain instance of a class (`Payload::Object`) starts with no `__dict__` object at
//! all: `self.x = 1` appends `(name, value)` to a small vector in the instance, in
//! insertion order, and `self.x` finds it by comparing interned name pointers. That
//! saves the dict object and its two tables on every instance, and halves what the cycle
//! collector has to walk for the common "object with attributes" shape. The first time
//! anything needs the attributes as a real dict (`obj.__dict__`, `vars(obj)`, more than
//! [`MAX_INLINE`] attributes, a name that is not an exact str) the values move into a
//! new dict, which from then on is the only storage (the object's `dict` cell is set),
//! exactly as CPython materializes its dict.
//!
//! Every other object with an instance dict (functions, modules, subclasses of builtins)
//! keeps a real dict in its header cell. The functions here serve both kinds, so callers
//! never need to know which one an object uses.

use crate::error::PyResult;
use crate::heap::ObjRef;
use crate::object::Payload;
use crate::value::Value;
use crate::Vm;

/// How many attributes stay inline before the instance gets a real dict (CPython 3.11's
/// `SHARED_KEYS_MAX_SIZE`, though CPython counts the names used by all instances of a
/// class, not of one instance).
pub const MAX_INLINE: usize = 30;

/// The inline attributes of a plain instance, in insertion order, and its `__slots__`
/// values (CPython keeps those at fixed offsets in the object, never in `__dict__`).
/// Names are interned str objects, so a lookup by an interned name is a pointer
/// comparison.
#[derive(Default)]
pub struct InlineAttrs {
    entries: Vec<(ObjRef, Value)>,
    /// Slot values by the index their member descriptor holds (base classes' slots
    /// first, each class's in sorted name order, as CPython lays them out), `Null` while
    /// unset. Sized to the class's slot count on the first store.
    slots: Vec<Value>,
}

/// The names stored inline on any instance of one class (CPython 3.11: the class's
/// shared keys, which hold every name its instances' values use): a superset of each
/// instance's inline names, so a name missing here cannot shadow a class attribute on an
/// instance that still has no dict, and `LOAD_METHOD` need not scan the instance.
#[derive(Default)]
pub struct ClassAttrNames {
    /// Addresses of interned name strs (never freed).
    names: Vec<usize>,
    /// Bumped whenever a name is added.
    version: u32,
    /// Too many names to track: every name may be present.
    saturated: bool,
}

/// Names tracked per class before giving up (more than `MAX_INLINE` only arise across
/// differently shaped instances).
const MAX_CLASS_NAMES: usize = 64;

impl ClassAttrNames {
    /// `name` is being stored at inline position `at` of an instance.
    #[inline]
    fn note(&mut self, at: usize, name: &ObjRef) {
        let a = name.addr();
        if self.saturated || self.names.get(at) == Some(&a) || self.names.contains(&a) {
            return;
        }
        if self.names.len() >= MAX_CLASS_NAMES {
            self.saturated = true;
            self.names = Vec::new();
        } else {
            self.names.push(a);
        }
        self.version = self.version.wrapping_add(1);
    }

    /// Whether some instance may hold `name` inline.
    pub fn may_have(&self, name: &ObjRef) -> bool {
        self.saturated || self.names.contains(&name.addr())
    }

    /// Changes whenever a name is added.
    pub fn version(&self) -> u32 {
        self.version
    }
}

/// Where `name` is in `entries` (by identity, then by text for a name not interned).
#[inline]
fn position_in(entries: &[(ObjRef, Value)], name: &ObjRef) -> Option<usize> {
    if let Some(i) = entries.iter().position(|(k, _)| k.is(name)) {
        return Some(i);
    }
    // An interned name can only equal the interned copy of its text, which would have
    // matched by address; other names are compared by text.
    if is_interned(name) {
        return None;
    }
    let wanted = text(name);
    entries.iter().position(|(k, _)| text(k) == wanted)
}

impl InlineAttrs {
    #[inline]
    fn position(&self, name: &ObjRef) -> Option<usize> {
        position_in(&self.entries, name)
    }

    /// The slot values, then the attribute values: the cycle collector's traversal order
    /// (CPython's subtype_traverse visits slots first).
    pub fn values(&self) -> impl Iterator<Item = &Value> {
        let slots = self.slots.iter().filter(|v| !matches!(v, Value::Null));
        slots.chain(self.entries.iter().map(|(_, v)| v))
    }

    /// Move the inline attributes out (materialization; slots stay).
    pub fn take(&mut self) -> Vec<(ObjRef, Value)> {
        std::mem::take(&mut self.entries)
    }

    /// Move the slot values and the attributes out (the collector's `clear`).
    pub fn take_all(&mut self) -> (Vec<Value>, Vec<(ObjRef, Value)>) {
        (std::mem::take(&mut self.slots), self.take())
    }

    pub fn len(&self) -> usize {
        self.entries.len()
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }
}

/// The text of a str object (empty for anything else).
fn text(o: &ObjRef) -> &str {
    match o.payload() {
        Payload::Str(s) => &s.s,
        _ => "",
    }
}

fn is_interned(name: &ObjRef) -> bool {
    matches!(name.payload(), Payload::Str(s) if s.interned.get())
}

/// The inline attribute storage of `o`, if it currently uses one: a plain instance whose
/// dict has not been materialized.
#[inline]
fn inline_of(o: &ObjRef) -> Option<&std::cell::RefCell<InlineAttrs>> {
    match o.payload() {
        Payload::Object(attrs) if o.dict_cell().borrow().is_none() => Some(attrs),
        _ => None,
    }
}

/// `name` in `o`'s instance attributes (inline or in its dict). `name` is a str object.
#[inline]
pub fn get(vm: &Vm, o: &ObjRef, name: &ObjRef) -> Option<Value> {
    let d = o.dict_cell().borrow();
    match &*d {
        Some(dict) => crate::types::dict::get_str_key(vm, dict, name),
        None => match o.payload() {
            Payload::Object(attrs) => {
                let attrs = attrs.borrow();
                attrs.position(name).map(|i| attrs.entries[i].1.clone())
            }
            _ => None,
        },
    }
}

/// [`get`], looking at inline position `hint` first; also says where the name was found
/// when that was not `hint` (so the caller's cache can remember the new position).
#[inline]
pub fn get_hinted(
    vm: &Vm,
    o: &ObjRef,
    name: &ObjRef,
    hint: usize,
) -> (Option<Value>, Option<usize>) {
    if let Some(cell) = inline_of(o) {
        let attrs = cell.borrow();
        if let Some((k, v)) = attrs.entries.get(hint) {
            if k.is(name) {
                return (Some(v.clone()), None);
            }
        }
        return match attrs.position(name) {
            Some(i) => (Some(attrs.entries[i].1.clone()), Some(i)),
            None => (None, None),
        };
    }
    (get(vm, o, name), None)
}

/// `o.name = value` in the instance attributes, creating `o`'s dict if it needs one.
pub fn set(vm: &Vm, o: &ObjRef, name: &ObjRef, value: Value) -> PyResult<()> {
    if let Some(cell) = inline_of(o) {
        if is_exact_str(vm, name) {
            let mut attrs = cell.borrow_mut();
            match attrs.position(name) {
                Some(i) => {
                    let old = std::mem::replace(&mut attrs.entries[i].1, value);
                    // The old value's `__del__` may touch this object's attributes.
                    drop(attrs);
                    drop(old);
                    return Ok(());
                }
                None if attrs.entries.len() < MAX_INLINE => {
                    let key = if is_interned(name) {
                        name.clone()
                    } else {
                        vm.intern(text(name))
                    };
                    if let Some(t) = o.raw_type() {
                        crate::types::type_data(t)
                            .instance_names
                            .borrow_mut()
                            .note(attrs.entries.len(), &key);
                    }
                    attrs.entries.push((key, value));
                    return Ok(());
                }
                None => {}
            }
        }
    }
    let dict = dict_for_store(vm, o);
    crate::types::dict::set_item(vm, &dict, Value::Obj(name.clone()), value)
}

/// `del o.name` from the instance attributes: false when there was no such attribute.
pub fn delete(vm: &Vm, o: &ObjRef, name: &ObjRef) -> PyResult<bool> {
    if let Some(cell) = inline_of(o) {
        let mut attrs = cell.borrow_mut();
        return Ok(match attrs.position(name) {
            Some(i) => {
                let old = attrs.entries.remove(i);
                drop(attrs);
                drop(old);
                true
            }
            None => false,
        });
    }
    let dict = o.dict_cell().borrow().clone();
    match dict {
        Some(d) => Ok(crate::types::dict::pop_item(vm, &d, &Value::Obj(name.clone()))?.is_some()),
        None => Ok(false),
    }
}

/// The attribute names, in order (for `dir()`).
pub fn names(o: &ObjRef) -> Vec<Value> {
    if let Some(cell) = inline_of(o) {
        return cell
            .borrow()
            .entries
            .iter()
            .map(|(k, _)| Value::Obj(k.clone()))
            .collect();
    }
    match &*o.dict_cell().borrow() {
        Some(d) => crate::types::dict::entries(d)
            .into_iter()
            .map(|(k, _)| k)
            .collect(),
        None => Vec::new(),
    }
}

/// The object's dict for a store: its existing one, or a new one holding any inline
/// attributes. Only a plain instance's dict counts as materialized (CPython's other
/// objects with a dict always had one).
fn dict_for_store(vm: &Vm, o: &ObjRef) -> ObjRef {
    if let Some(d) = o.dict_cell().borrow().as_ref() {
        return d.clone();
    }
    let is_plain = matches!(o.payload(), Payload::Object(_));
    let d = materialize(vm, o);
    if is_plain {
        o.mark_dict_materialized();
    }
    d
}

/// The object's `__dict__` as a dict object, moving inline attributes into a new one
/// (CPython's `_PyObject_GetDictPtr` + `make_dict_from_instance_attributes`).
pub fn materialize(vm: &Vm, o: &ObjRef) -> ObjRef {
    if let Some(d) = o.dict_cell().borrow().as_ref() {
        return d.clone();
    }
    let d = vm.new_dict();
    if let Payload::Object(attrs) = o.payload() {
        let entries = attrs.borrow_mut().take();
        for (k, v) in entries {
            // Str keys into a fresh dict: no Python code can run.
            let _ = crate::types::dict::set_item(vm, &d, Value::Obj(k), v);
        }
    }
    *o.dict_cell().borrow_mut() = Some(d.clone());
    d
}

/// Replace the object's dict (`obj.__dict__ = d`, or None to drop it); inline attributes
/// are released.
pub fn replace_dict(o: &ObjRef, new: Option<ObjRef>) {
    // Slots are not part of the dict and stay.
    let old_inline = match o.payload() {
        Payload::Object(attrs) => attrs.borrow_mut().take(),
        _ => Vec::new(),
    };
    let old = std::mem::replace(&mut *o.dict_cell().borrow_mut(), new);
    drop(old_inline);
    drop(old);
}

/// Slot `index` (named `name`) of `o`: a `__slots__` member descriptor's storage. A
/// plain instance keeps slots apart from its attributes, at the descriptor's index;
/// other objects (subclasses of builtins) keep them by name in their instance storage.
#[inline]
pub fn slot_get(vm: &Vm, o: &ObjRef, index: usize, name: &ObjRef) -> Option<Value> {
    match o.payload() {
        Payload::Object(attrs) => match attrs.borrow().slots.get(index) {
            Some(Value::Null) | None => None,
            Some(v) => Some(v.clone()),
        },
        _ => get(vm, o, name),
    }
}

/// Set slot `index` (named `name`) of `o`.
#[inline]
pub fn slot_set(vm: &Vm, o: &ObjRef, index: usize, name: &ObjRef, value: Value) -> PyResult<()> {
    match o.payload() {
        Payload::Object(cell) => {
            let mut attrs = cell.borrow_mut();
            if index >= attrs.slots.len() {
                // The first store: room for every slot of the class at once.
                let n = o
                    .raw_type()
                    .map_or(0, |t| crate::types::type_data(t).nslots);
                attrs.slots.resize((n as usize).max(index + 1), Value::Null);
            }
            let old = std::mem::replace(&mut attrs.slots[index], value);
            // The old value's `__del__` may touch this object's slots.
            drop(attrs);
            drop(old);
            Ok(())
        }
        _ => set(vm, o, name, value),
    }
}

/// Clear slot `index` (named `name`) of `o`: false when it was not set.
pub fn slot_delete(vm: &Vm, o: &ObjRef, index: usize, name: &ObjRef) -> PyResult<bool> {
    match o.payload() {
        Payload::Object(cell) => {
            let mut attrs = cell.borrow_mut();
            let old = match attrs.slots.get_mut(index) {
                Some(v) => std::mem::take(v),
                None => Value::Null,
            };
            drop(attrs);
            Ok(!matches!(old, Value::Null))
        }
        _ => delete(vm, o, name),
    }
}

fn is_exact_str(vm: &Vm, name: &ObjRef) -> bool {
    matches!(name.payload(), Payload::Str(_)) && name.raw_type().is_some_and(|t| t.is(&vm.t.str))
}
