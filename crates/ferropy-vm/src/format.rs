//! String formatting: `format()`/`__format__` dispatch, `str.format` field parsing, and
//! `%`-formatting (CPython `Objects/stringlib/unicode_format.h`, `unicodeobject.c:
//! PyUnicode_Format`). The number-to-text work is in `prims::format_spec`,
//! `prims::int_format` and `prims::float_format`.

use crate::error::{PyErr, PyResult};
use crate::object::Payload;
use crate::prims::error::PyErrKind;
use crate::prims::format_spec::{FormatSpec, PercentFlags};
use crate::prims::{float_format, format_spec, int_format};
use crate::protocol::{attr, call, number, repr, sequence};
use crate::types::int::as_int;
use crate::value::Value;
use crate::vm::as_str;
use crate::Vm;

/// Map a primitive's error onto the Python exception.
pub fn prim_err(vm: &Vm, e: PyErrKind) -> PyErr {
    match e {
        PyErrKind::ValueError(m) => vm.value_error(m),
        PyErrKind::OverflowError(m) => vm.overflow_error(m),
        PyErrKind::TypeError(m) => vm.type_error(m),
        PyErrKind::ZeroDivisionError(m) => vm.zero_division_error(m),
        PyErrKind::MemoryError => vm.new_error_noargs(&vm.exc.memory_error.clone()),
    }
}

fn is_heap(vm: &Vm, v: &Value) -> bool {
    matches!(v, Value::Obj(o) if crate::types::type_data(&vm.type_of_obj(o)).heap_type)
}

/// `format(value, spec)`.
pub fn format_value(vm: &Vm, v: &Value, spec: &str) -> PyResult<String> {
    if is_heap(vm, v) {
        let ty = vm.type_of(v);
        if let Some(f) = crate::types::lookup_str(vm, &ty, "__format__") {
            let is_default =
                crate::types::lookup_str(vm, &vm.t.object, "__format__").is_some_and(|d| d.is(&f));
            if !is_default {
                let r = call::call_method_value(vm, &f, v, &[vm.new_str(spec)])?;
                return match as_str(&r) {
                    Some(s) => Ok(s.to_string()),
                    None => Err(vm.type_error(format!(
                        "__format__ must return a str, not {}",
                        vm.type_name(&r)
                    ))),
                };
            }
        }
    }
    match v {
        Value::Bool(b) if spec.is_empty() => Ok(if *b { "True" } else { "False" }.into()),
        Value::Float(f) => float_format::format_float(*f, spec).map_err(|e| prim_err(vm, e)),
        _ => {
            if let Some(i) = as_int(v) {
                let big = i.to_bigint();
                if spec.is_empty() {
                    return crate::types::int::to_decimal_string(vm, &i);
                }
                let fs = parse_spec(vm, spec, "int", '>')?;
                if matches!(fs.ty, 'e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%') {
                    let f = crate::types::int::to_f64(vm, &i)?;
                    return float_format::format_float_spec(f, &fs).map_err(|e| prim_err(vm, e));
                }
                return int_format::format_int_spec(&big, &fs, vm.int_max_str_digits.get())
                    .map_err(|e| prim_err(vm, e));
            }
            if let Value::Obj(o) = v {
                match o.payload() {
                    Payload::Float(f) => {
                        return float_format::format_float(*f, spec).map_err(|e| prim_err(vm, e))
                    }
                    Payload::Str(s) => return format_str(vm, &s.s, spec),
                    Payload::Complex(re, im) => return format_complex(vm, *re, *im, spec),
                    _ => {}
                }
            }
            if spec.is_empty() {
                return repr::str(vm, v);
            }
            Err(vm.type_error(format!(
                "unsupported format string passed to {}.__format__",
                vm.type_name(v)
            )))
        }
    }
}

/// `format(complex, spec)` (`format_complex_internal`): both parts formatted with the same
/// type and precision, the imaginary part always signed; with no type the output is like
/// `repr` (parentheses unless the real part is omitted) but honours width and fill.
pub fn format_complex(vm: &Vm, re: f64, im: f64, spec: &str) -> PyResult<String> {
    if spec.is_empty() {
        return Ok(crate::types::float::complex_repr(re, im));
    }
    let fs = parse_spec(vm, spec, "complex", '>')?;
    if fs.fill == '0' {
        return Err(vm.value_error("Zero padding is not allowed in complex format specifier"));
    }
    if fs.align == '=' {
        return Err(vm.value_error("'=' alignment flag is not allowed in complex format specifier"));
    }
    let mut ty = fs.ty;
    if !matches!(ty, '\0' | 'e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n') {
        return Err(prim_err(vm, format_spec::unknown_code(ty, "complex")));
    }
    let (mut skip_re, mut add_parens, mut default_precision) = (false, false, 6);
    if ty == '\0' {
        ty = 'r';
        default_precision = 0;
        if re == 0.0 && re.is_sign_positive() {
            skip_re = true;
        } else {
            add_parens = true;
        }
    }
    if ty == 'n' {
        ty = 'g';
    }
    let precision = match fs.precision {
        None => default_precision,
        Some(p) => {
            if ty == 'r' {
                ty = 'g';
            }
            p
        }
    };
    let flags = float_format::DtsFlags {
        alt: fs.alternate,
        no_neg_0: fs.no_neg_0,
        ..Default::default()
    };
    // Split off the sign so the spec's sign option can replace it.
    let part = |x: f64| {
        let s = float_format::double_to_string(x, ty, precision, flags);
        match s.strip_prefix('-') {
            Some(rest) => (true, rest.to_string()),
            None => (false, s),
        }
    };
    let spec_sign = |negative: bool| match (negative, fs.sign) {
        (true, _) => "-",
        (false, '+') => "+",
        (false, ' ') => " ",
        _ => "",
    };
    let mut body = String::new();
    if add_parens {
        body.push('(');
    }
    if !skip_re {
        let (neg, digits) = part(re);
        body.push_str(spec_sign(neg));
        body.push_str(&digits);
    }
    let (neg, digits) = part(im);
    body.push_str(if skip_re {
        spec_sign(neg)
    } else if neg {
        "-"
    } else {
        "+"
    });
    body.push_str(&digits);
    body.push('j');
    if add_parens {
        body.push(')');
    }
    let len = body.chars().count();
    let width = fs.width.unwrap_or(0);
    if width <= len {
        return Ok(body);
    }
    let pad = width - len;
    let (l, r) = match fs.align {
        '<' => (0, pad),
        '^' => (pad / 2, pad - pad / 2),
        _ => (pad, 0),
    };
    let fill = fs.fill.to_string();
    Ok(format!("{}{}{}", fill.repeat(l), body, fill.repeat(r)))
}

/// `format(str, spec)`: fill, alignment, width and precision (truncation).
pub fn format_str(vm: &Vm, s: &str, spec: &str) -> PyResult<String> {
    if spec.is_empty() {
        return Ok(s.to_string());
    }
    let fs = parse_spec(vm, spec, "str", '<')?;
    // CPython parses with the default type 's' filled in, so a separator is rejected
    // against 's' even when no type was written.
    if fs.ty == '\0' && fs.grouping != format_spec::Grouping::None {
        let sep = if fs.grouping == format_spec::Grouping::Comma {
            ','
        } else {
            '_'
        };
        return Err(vm.value_error(format!("Cannot specify '{sep}' with 's'.")));
    }
    if fs.ty != '\0' && fs.ty != 's' {
        return Err(prim_err(vm, format_spec::unknown_code(fs.ty, "str")));
    }
    if fs.sign != '\0' {
        return Err(vm.value_error("Sign not allowed in string format specifier"));
    }
    if fs.alternate {
        return Err(vm.value_error("Alternate form (#) not allowed in string format specifier"));
    }
    if fs.align == '=' {
        return Err(vm.value_error("'=' alignment not allowed in string format specifier"));
    }
    let mut body: String = match fs.precision {
        Some(p) => s.chars().take(p).collect(),
        None => s.to_string(),
    };
    let len = body.chars().count();
    if let Some(w) = fs.width {
        if w > len {
            let pad = w - len;
            let (l, r) = match fs.align {
                '>' => (pad, 0),
                '^' => (pad / 2, pad - pad / 2),
                _ => (0, pad),
            };
            let fill = fs.fill.to_string();
            body = format!("{}{}{}", fill.repeat(l), body, fill.repeat(r));
        }
    }
    Ok(body)
}

/// `template.format(*args, **kwargs)`.
pub fn str_format(
    vm: &Vm,
    template: &str,
    args: &[Value],
    kwnames: &[Value],
    kwvalues: &[Value],
) -> PyResult<String> {
    let mut auto = 0usize;
    let mut manual = false;
    let mut automatic = false;
    format_template(
        vm,
        template,
        args,
        kwnames,
        kwvalues,
        None,
        &mut auto,
        &mut manual,
        &mut automatic,
        2,
    )
}

/// `template.format_map(mapping)`: keyword fields are looked up with `mapping[name]`, so
/// dict subclasses with `__missing__` and arbitrary mappings work as in CPython.
pub fn str_format_map(vm: &Vm, template: &str, mapping: &Value) -> PyResult<String> {
    let mut auto = 0usize;
    let mut manual = false;
    let mut automatic = false;
    format_template(
        vm,
        template,
        &[],
        &[],
        &[],
        Some(mapping),
        &mut auto,
        &mut manual,
        &mut automatic,
        2,
    )
}

#[allow(clippy::too_many_arguments)]
fn format_template(
    vm: &Vm,
    template: &str,
    args: &[Value],
    kwnames: &[Value],
    kwvalues: &[Value],
    mapping: Option<&Value>,
    auto: &mut usize,
    manual: &mut bool,
    automatic: &mut bool,
    depth: u32,
) -> PyResult<String> {
    let mut out = String::new();
    let chars: Vec<char> = template.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c == '{' {
            if chars.get(i + 1) == Some(&'{') {
                out.push('{');
                i += 2;
                continue;
            }
            // Find the matching '}' allowing one level of nested braces in the spec.
            let mut j = i + 1;
            let mut level = 1;
            while j < chars.len() {
                match chars[j] {
                    '{' => level += 1,
                    '}' => {
                        level -= 1;
                        if level == 0 {
                            break;
                        }
                    }
                    _ => {}
                }
                j += 1;
            }
            if j >= chars.len() {
                return Err(vm.value_error(if level > 1 {
                    "unmatched '{' in format spec"
                } else {
                    "Single '{' encountered in format string"
                }));
            }
            let field: String = chars[i + 1..j].iter().collect();
            out.push_str(&format_field(
                vm, &field, args, kwnames, kwvalues, mapping, auto, manual, automatic, depth,
            )?);
            i = j + 1;
        } else if c == '}' {
            if chars.get(i + 1) == Some(&'}') {
                out.push('}');
                i += 2;
                continue;
            }
            return Err(vm.value_error("Single '}' encountered in format string"));
        } else {
            out.push(c);
            i += 1;
        }
    }
    Ok(out)
}

#[allow(clippy::too_many_arguments)]
fn format_field(
    vm: &Vm,
    field: &str,
    args: &[Value],
    kwnames: &[Value],
    kwvalues: &[Value],
    mapping: Option<&Value>,
    auto: &mut usize,
    manual: &mut bool,
    automatic: &mut bool,
    depth: u32,
) -> PyResult<String> {
    // Split off ":spec" and "!conv" (the spec may contain nested fields).
    let (name_conv, spec) = match field.find(':') {
        Some(p) if !field[..p].contains('[') || field[..p].contains(']') => {
            (&field[..p], Some(&field[p + 1..]))
        }
        _ => (field, None),
    };
    let (name, conv) = match name_conv.find('!') {
        Some(p) => {
            let conv = &name_conv[p + 1..];
            if conv.chars().count() != 1 {
                return Err(vm.value_error(if conv.is_empty() {
                    "unmatched '{' in format spec"
                } else {
                    "expected ':' after conversion specifier"
                }));
            }
            (&name_conv[..p], conv.chars().next())
        }
        None => (name_conv, None),
    };
    // arg_name then .attr / [key] accessors.
    let first_end = name.find(['.', '[']).unwrap_or(name.len());
    let arg_name = &name[..first_end];
    let mut value = if arg_name.is_empty() {
        if *manual {
            return Err(vm.value_error(
                "cannot switch from manual field specification to automatic field numbering",
            ));
        }
        *automatic = true;
        let idx = *auto;
        *auto += 1;
        args.get(idx).cloned().ok_or_else(|| {
            vm.index_error(format!(
                "Replacement index {idx} out of range for positional args tuple"
            ))
        })?
    } else if let Ok(idx) = arg_name.parse::<usize>() {
        if *automatic {
            return Err(vm.value_error(
                "cannot switch from automatic field numbering to manual field specification",
            ));
        }
        *manual = true;
        args.get(idx).cloned().ok_or_else(|| {
            vm.index_error(format!(
                "Replacement index {idx} out of range for positional args tuple"
            ))
        })?
    } else if let Some(m) = mapping {
        sequence::get_item(vm, m, &vm.new_str(arg_name))?
    } else {
        match kwnames.iter().position(|k| as_str(k) == Some(arg_name)) {
            Some(p) => kwvalues[p].clone(),
            None => return Err(vm.key_error(vm.new_str(arg_name))),
        }
    };
    let mut rest = &name[first_end..];
    while !rest.is_empty() {
        if let Some(r) = rest.strip_prefix('.') {
            let end = r.find(['.', '[']).unwrap_or(r.len());
            let attr_name = &r[..end];
            if attr_name.is_empty() {
                return Err(vm.value_error("Empty attribute in format string"));
            }
            value = attr::get_attr_str(vm, &value, attr_name)?;
            rest = &r[end..];
        } else if let Some(r) = rest.strip_prefix('[') {
            let end = r
                .find(']')
                .ok_or_else(|| vm.value_error("Missing ']' in format string"))?;
            let key = &r[..end];
            let k = match key.parse::<i64>() {
                Ok(n) => Value::Int(n),
                Err(_) => vm.new_str(key),
            };
            value = sequence::get_item(vm, &value, &k)?;
            rest = &r[end + 1..];
        } else {
            return Err(vm.value_error("Only '.' or '[' may follow ']' in format field specifier"));
        }
    }
    let value = match conv {
        None => value,
        Some('r') => vm.new_string(repr::repr(vm, &value)?),
        Some('s') => vm.new_string(repr::str(vm, &value)?),
        Some('a') => vm.new_string(repr::ascii(vm, &value)?),
        Some(c) => return Err(vm.value_error(format!("Unknown conversion specifier {c}"))),
    };
    let spec = match spec {
        Some(s) if s.contains('{') => {
            if depth == 0 {
                return Err(vm.value_error("Max string recursion exceeded"));
            }
            format_template(
                vm,
                s,
                args,
                kwnames,
                kwvalues,
                mapping,
                auto,
                manual,
                automatic,
                depth - 1,
            )?
        }
        Some(s) => s.to_string(),
        None => String::new(),
    };
    format_value(vm, &value, &spec)
}

/// `fmt % args`.
pub fn percent_format(vm: &Vm, fmt: &str, args: &Value) -> PyResult<String> {
    percent_format_impl(vm, fmt, args, false)
}

/// `bytes % args` (`_PyBytes_FormatEx`). The format is read as Latin-1 so every byte is
/// one char at the same index; `%s`/`%b` take bytes-like objects, `%r`/`%a` the ASCII
/// repr, `%c` an int below 256 or a single byte.
pub fn percent_format_bytes(vm: &Vm, fmt: &[u8], args: &Value) -> PyResult<Vec<u8>> {
    let text: String = fmt.iter().map(|&b| b as char).collect();
    let out = percent_format_impl(vm, &text, args, true)?;
    // Every char is below 256: format bytes, bytes arguments and ASCII number text.
    Ok(out.chars().map(|c| c as u32 as u8).collect())
}

/// The bytes content of a `%s`/`%b` argument: a bytes-like object or `__bytes__`.
fn percent_bytes_arg(vm: &Vm, arg: &Value) -> PyResult<String> {
    let data = match crate::types::bytes::bytes_of(vm, arg) {
        Ok(d) => d,
        Err(_) => {
            let ty = vm.type_of(arg);
            match crate::types::lookup_str(vm, &ty, "__bytes__") {
                Some(f) => {
                    let r = call::call_method_value(vm, &f, arg, &[])?;
                    crate::types::bytes::bytes_of(vm, &r).map_err(|_| vm.type_error(format!("__bytes__ returned non-bytes (type {})", vm.type_name(&r))))?
                }
                None => {
                    return Err(vm.type_error(format!(
                        "%b requires a bytes-like object, or an object that implements __bytes__, not '{}'",
                        vm.type_name(arg)
                    )))
                }
            }
        }
    };
    Ok(data.iter().map(|&b| b as char).collect())
}

fn percent_format_impl(vm: &Vm, fmt: &str, args: &Value, bytes_mode: bool) -> PyResult<String> {
    let (items, mapping): (Vec<Value>, Option<Value>) = match args {
        Value::Obj(o) => match o.payload() {
            Payload::Tuple(t) => (t.to_vec(), None),
            Payload::Dict(_) => (vec![args.clone()], Some(args.clone())),
            _ => {
                let has_getitem =
                    !matches!(
                        o.payload(),
                        Payload::Str(_) | Payload::Bytes(_) | Payload::ByteArray(_)
                    ) && crate::types::lookup_str(vm, &vm.type_of(args), "__getitem__").is_some();
                (
                    vec![args.clone()],
                    if has_getitem {
                        Some(args.clone())
                    } else {
                        None
                    },
                )
            }
        },
        _ => (vec![args.clone()], None),
    };
    let is_tuple = matches!(args, Value::Obj(o) if matches!(o.payload(), Payload::Tuple(_)));
    let chars: Vec<char> = fmt.chars().collect();
    let mut out = String::with_capacity(fmt.len());
    let mut argi = 0usize;
    let mut used_mapping = false;
    let mut i = 0;
    let next_arg = |argi: &mut usize| -> PyResult<Value> {
        let v = items
            .get(*argi)
            .cloned()
            .ok_or_else(|| vm.type_error("not enough arguments for format string"))?;
        *argi += 1;
        Ok(v)
    };
    while i < chars.len() {
        let c = chars[i];
        if c != '%' {
            out.push(c);
            i += 1;
            continue;
        }
        let start = i;
        i += 1;
        if i >= chars.len() {
            return Err(vm.value_error("incomplete format"));
        }
        // (key)
        let mut keyed: Option<Value> = None;
        if chars[i] == '(' {
            let m = mapping
                .clone()
                .ok_or_else(|| vm.type_error("format requires a mapping"))?;
            let mut depth = 1;
            let mut j = i + 1;
            while j < chars.len() && depth > 0 {
                match chars[j] {
                    '(' => depth += 1,
                    ')' => depth -= 1,
                    _ => {}
                }
                j += 1;
            }
            if depth > 0 {
                return Err(vm.value_error("incomplete format key"));
            }
            let key: String = chars[i + 1..j - 1].iter().collect();
            keyed = Some(sequence::get_item(vm, &m, &vm.new_string(key))?);
            used_mapping = true;
            i = j;
        }
        let mut flags = PercentFlags::default();
        while i < chars.len() {
            match chars[i] {
                '-' => flags.left = true,
                '+' => flags.plus = true,
                ' ' => flags.blank = true,
                '#' => flags.alt = true,
                '0' => flags.zero = true,
                _ => break,
            }
            i += 1;
        }
        let mut width: Option<usize> = None;
        if i < chars.len() && chars[i] == '*' {
            let w = next_arg(&mut argi)?;
            let n = as_int(&w)
                .and_then(|n| n.to_i64())
                .ok_or_else(|| vm.type_error("* wants int"))?;
            if n < 0 {
                flags.left = true;
            }
            width = Some(n.unsigned_abs() as usize);
            i += 1;
        } else {
            let mut w = None;
            while i < chars.len() && chars[i].is_ascii_digit() {
                w = Some(w.unwrap_or(0usize).saturating_mul(10) + chars[i] as usize - '0' as usize);
                i += 1;
            }
            width = w.or(width);
        }
        if let Some(w) = width {
            vm.precheck_alloc(w as u128)?;
        }
        let mut prec: Option<usize> = None;
        if i < chars.len() && chars[i] == '.' {
            i += 1;
            if i < chars.len() && chars[i] == '*' {
                let p = next_arg(&mut argi)?;
                prec = Some(
                    as_int(&p)
                        .and_then(|n| n.to_i64())
                        .ok_or_else(|| vm.type_error("* wants int"))?
                        .max(0) as usize,
                );
                i += 1;
            } else {
                let mut p = 0usize;
                while i < chars.len() && chars[i].is_ascii_digit() {
                    p = p.saturating_mul(10) + chars[i] as usize - '0' as usize;
                    i += 1;
                }
                prec = Some(p);
            }
        }
        // Length modifiers are accepted and ignored, as in CPython.
        while i < chars.len() && matches!(chars[i], 'h' | 'l' | 'L') {
            i += 1;
        }
        if i >= chars.len() {
            return Err(vm.value_error("incomplete format"));
        }
        let conv = chars[i];
        i += 1;
        if conv == '%' {
            out.push('%');
            continue;
        }
        let arg = match keyed.take() {
            Some(v) => v,
            None => next_arg(&mut argi)?,
        };
        let piece = match conv {
            's' | 'b' if bytes_mode => format_spec::percent_pad(
                &percent_bytes_arg(vm, &arg)?,
                flags,
                width,
                prec,
                's',
                false,
            ),
            'r' | 'a' if bytes_mode => {
                format_spec::percent_pad(&repr::ascii(vm, &arg)?, flags, width, prec, conv, false)
            }
            'c' if bytes_mode => {
                let byte = match crate::types::bytes::bytes_of(vm, &arg) {
                    Ok(b) if b.len() == 1 => b[0],
                    _ => match as_int(&arg) {
                        Some(n) => n
                            .to_i64()
                            .and_then(|n| u8::try_from(n).ok())
                            .ok_or_else(|| vm.overflow_error("%c arg not in range(256)"))?,
                        None => {
                            return Err(vm.type_error(
                                "%c requires an integer in range(256) or a single byte",
                            ))
                        }
                    },
                };
                format_spec::percent_pad(
                    &(byte as char).to_string(),
                    flags,
                    width,
                    prec,
                    'c',
                    false,
                )
            }
            's' | 'r' | 'a' => {
                let body = match conv {
                    's' => repr::str(vm, &arg)?,
                    'r' => repr::repr(vm, &arg)?,
                    _ => repr::ascii(vm, &arg)?,
                };
                format_spec::percent_pad(&body, flags, width, prec, conv, false)
            }
            'd' | 'i' | 'u' | 'o' | 'x' | 'X' => {
                let iv = match as_int(&arg) {
                    Some(n) => n.to_bigint(),
                    None => {
                        if matches!(conv, 'd' | 'i' | 'u') {
                            match number::as_f64(vm, &arg) {
                                Some(f) => {
                                    let f = f?;
                                    let v = crate::types::float::float_to_int(vm, f)?;
                                    as_int(&v).expect("int").to_bigint()
                                }
                                None => {
                                    let ty = vm.type_of(&arg);
                                    if crate::types::lookup_str(vm, &ty, "__int__").is_some()
                                        || crate::types::lookup_str(vm, &ty, "__index__").is_some()
                                    {
                                        let v = crate::builtins::to_int(vm, &arg)?;
                                        as_int(&v).expect("int").to_bigint()
                                    } else {
                                        return Err(vm.type_error(format!(
                                            "%{conv} format: a real number is required, not {}",
                                            vm.type_name(&arg)
                                        )));
                                    }
                                }
                            }
                        } else {
                            match number::index(vm, &arg) {
                                Ok(v) => as_int(&v).expect("int").to_bigint(),
                                Err(_) => {
                                    return Err(vm.type_error(format!(
                                        "%{conv} format: an integer is required, not {}",
                                        vm.type_name(&arg)
                                    )))
                                }
                            }
                        }
                    }
                };
                int_format::percent_format_int(
                    &iv,
                    conv,
                    flags,
                    width,
                    prec,
                    vm.int_max_str_digits.get(),
                )
                .map_err(|e| prim_err(vm, e))?
            }
            'e' | 'E' | 'f' | 'F' | 'g' | 'G' => {
                let f = match number::as_f64(vm, &arg) {
                    Some(f) => f?,
                    None => {
                        let ty = vm.type_of(&arg);
                        if crate::types::lookup_str(vm, &ty, "__float__").is_some() {
                            let v = crate::builtins::to_float(vm, &arg)?;
                            number::as_f64(vm, &v).expect("float")?
                        } else {
                            return Err(vm.type_error(format!(
                                "must be real number, not {}",
                                vm.type_name(&arg)
                            )));
                        }
                    }
                };
                float_format::percent_format_float(f, conv, flags, width, prec)
            }
            'c' => {
                let ch = match (&arg, as_str(&arg)) {
                    (_, Some(s)) if s.chars().count() == 1 => s.chars().next().expect("one char"),
                    (_, Some(_)) => return Err(vm.type_error("%c requires int or char")),
                    _ => match as_int(&arg) {
                        Some(n) => int_format::percent_char_from_int(&n.to_bigint())
                            .map_err(|e| prim_err(vm, e))?,
                        None => return Err(vm.type_error("%c requires int or char")),
                    },
                };
                format_spec::percent_pad(&ch.to_string(), flags, width, prec, 'c', false)
            }
            other => {
                let _ = start;
                return Err(vm.value_error(format!(
                    "unsupported format character '{}' (0x{:x}) at index {}",
                    other,
                    other as u32,
                    i - 1
                )));
            }
        };
        out.push_str(&piece);
    }
    if argi < items.len() && !used_mapping && (is_tuple || mapping.is_none()) {
        return Err(vm.type_error("not all arguments converted during string formatting"));
    }
    Ok(out)
}

/// Parse a format spec, refusing a width past the host's heap limit before anything is
/// padded to it (`format(x, '>10000000000')`).
fn parse_spec(vm: &Vm, spec: &str, type_name: &str, align: char) -> PyResult<FormatSpec> {
    let fs = FormatSpec::parse(spec, type_name, align).map_err(|e| prim_err(vm, e))?;
    if let Some(w) = fs.width {
        vm.precheck_alloc(w as u128)?;
    }
    Ok(fs)
}
