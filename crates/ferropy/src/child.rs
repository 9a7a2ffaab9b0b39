//! `multiprocessing` children: each one a fresh interpreter on its own OS thread (see
//! `ferropy_vm::interp` and docs/processes.md).

use crate::error::Error;
use crate::interpreter::Interpreter;
use ferropy_vm::{PyResult, Value};

/// The facade's spawn hook: run a `multiprocessing` child as a fresh interpreter on its
/// own OS thread, publishing its exit code when it has finished (and flushed).
pub(crate) fn spawn_child(
    spec: ferropy_vm::interp::ChildSpec,
    exit: ferropy_vm::interp::ChildExit,
) -> std::io::Result<()> {
    std::thread::Builder::new()
        .name(format!("ferropy-process-{}", spec.pid))
        // Like the main interpreter's thread: native re-entry recurses on this stack.
        .stack_size(512 << 20)
        .spawn(move || {
            let interp = Interpreter::new(spec.argv.clone());
            let code = run_child(&interp, &spec);
            exit.set(code);
        })?;
    Ok(())
}

/// The body of a child: take the parent's `sys.path`, re-run the parent's main script as
/// `__mp_main__` (spawn semantics: the `if __name__ == "__main__":` guard keeps the
/// parent's work out), then let `multiprocessing` unpickle and bootstrap the process
/// object. Returns the exit code.
fn run_child(interp: &Interpreter, spec: &ferropy_vm::interp::ChildSpec) -> i32 {
    let r = interp.with_gil(|py| {
        let vm = py.vm();
        vm.pid.set(spec.pid);
        vm.ppid.set(spec.ppid);
        let r = (|| -> PyResult<i32> {
            let path = Value::Obj(vm.sys_path.clone());
            ferropy_vm::protocol::call::call_method(vm, &path, "clear", &[])?;
            for p in &spec.sys_path {
                ferropy_vm::protocol::call::call_method(vm, &path, "append", &[vm.new_str(p)])?;
            }
            if let Some(main) = &spec.main_path {
                if let Ok(source) = std::fs::read_to_string(main) {
                    let module = py.run_module_source(&source, main, "__mp_main__")?;
                    ferropy_vm::types::dict::set_item(
                        vm,
                        &vm.modules,
                        vm.new_str("__main__"),
                        Value::Obj(module),
                    )?;
                }
            }
            let spawn = ferropy_vm::import::import_module(vm, "multiprocessing.spawn")?;
            let code = ferropy_vm::protocol::call::call_method(
                vm,
                &spawn,
                "_ferropy_child",
                &[vm.new_bytes(spec.payload.clone())],
            )?;
            Ok(match code {
                Value::Int(i) => i as i32,
                _ => 0,
            })
        })();
        r.map_err(|e| py.error(e))
    });
    let code = match r {
        Ok(c) => c,
        Err(Error::Exit { code, message }) => {
            interp.with_vm(|vm| vm.write_stderr(&message));
            code
        }
        Err(other) => {
            interp.with_vm(|vm| vm.write_stderr(&other.to_string()));
            1
        }
    };
    interp.shutdown();
    code
}
