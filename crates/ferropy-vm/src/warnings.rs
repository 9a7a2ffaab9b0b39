//! Warnings raised by the runtime itself (CPython: `Python/_warnings.c`).
//!
//! Only what the VM needs is here: formatting a warning the way the default
//! `warnings.showwarning` does, and the "default" filter action (show a given warning once
//! per location). The location is the innermost Python frame when the VM knows it, or
//! `sys:1` (what CPython prints when no frame is running).

use crate::generator::GenData;
use crate::Vm;

/// Print `category: message` for `location` (`filename:lineno`) once per distinct text and
/// location, as the default filter does. Returns whether it was shown.
pub fn show_warning(vm: &Vm, category: &str, message: &str, location: Option<(&str, u32)>) -> bool {
    let (file, line) = location.unwrap_or(("sys", 1));
    let key = format!("{file}:{line}:{category}:{message}");
    if !vm.warnings_shown.borrow_mut().insert(key) {
        return false;
    }
    let mut text = format!("{file}:{line}: {category}: {message}\n");
    if location.is_some() {
        if let Some(src) = crate::traceback::source_line(vm, file, line) {
            text.push_str(&format!("  {}\n", src.trim()));
        }
    }
    vm.flush_stdout();
    vm.write_stderr(&text);
    true
}

/// The warning for a coroutine freed before it ever ran (`_PyErr_WarnUnawaitedCoroutine`).
pub fn warn_unawaited_coroutine(vm: &Vm, g: &GenData) {
    let msg = format!("coroutine '{}' was never awaited", g.qualname());
    if show_warning(vm, "RuntimeWarning", &msg, None) {
        vm.write_stderr(
            "RuntimeWarning: Enable tracemalloc to get the object allocation traceback\n",
        );
    }
}
