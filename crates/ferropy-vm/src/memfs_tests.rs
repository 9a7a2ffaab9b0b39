//! Unit tests of `MemFs`: the errno of each failing call is the one Linux gives for the
//! same call on a real directory (checked against CPython 3.11 on Linux).

use super::*;
use std::io::SeekFrom;

fn errno<T: std::fmt::Debug>(r: io::Result<T>) -> i32 {
    r.expect_err("expected an error")
        .raw_os_error()
        .expect("an errno")
}

fn rw() -> OpenOptions {
    let mut o = OpenOptions::new();
    o.read(true).write(true);
    o
}

#[test]
fn send_sync() {
    fn check<T: Send + Sync>() {}
    check::<MemFs>();
    check::<MemFile>();
}

#[test]
fn write_read_roundtrip_and_parents() {
    let fs = MemFs::new();
    fs.write("/a/b/c.txt", "hello").unwrap();
    assert_eq!(fs.read("/a/b/c.txt").unwrap(), b"hello");
    assert!(fs.is_dir("/a") && fs.is_dir("/a/b") && fs.is_file("/a/b/c.txt"));
    assert_eq!(fs.list("/a"), vec!["b"]);
    fs.write("/a/b/c.txt", "x").unwrap();
    assert_eq!(fs.read_to_string("/a/b/c.txt").unwrap(), "x");
    assert_eq!(fs.used_bytes(), 1);
}

#[test]
fn normalisation() {
    let fs = MemFs::new();
    fs.create_dir_all("/a/b").unwrap();
    fs.write("//a///b/./f", "1").unwrap();
    assert_eq!(fs.read("/a/b/../b/f").unwrap(), b"1");
    assert_eq!(fs.read("/../../a/b/f").unwrap(), b"1");
    assert_eq!(fs.canonicalize("/a/./b/..").unwrap(), "/a");
    // Relative paths start at the working directory.
    assert_eq!(fs.read("a/b/f").unwrap(), b"1");
    fs.set_cwd("/a").unwrap();
    assert_eq!(fs.read("b/f").unwrap(), b"1");
    assert_eq!(fs.read("../a/b/f").unwrap(), b"1");
    assert_eq!(fs.cwd(), "/a");
    // `..` after something that is not a directory fails as in the kernel.
    assert_eq!(errno(fs.metadata("/a/missing/../b")), ENOENT);
    assert_eq!(errno(fs.metadata("/a/b/f/../f")), ENOTDIR);
    assert_eq!(errno(fs.metadata("")), ENOENT);
    assert_eq!(errno(fs.metadata("/a/b/f/")), ENOTDIR);
    let long = format!("/{}", "x".repeat(256));
    assert_eq!(errno(fs.write(&long, "")), ENAMETOOLONG);
}

#[test]
fn open_errors_match_linux() {
    let fs = MemFs::new();
    fs.write("/f", "x").unwrap();
    fs.mkdir("/d", 0o777).unwrap();
    let mut r = OpenOptions::new();
    r.read(true);
    let mut w = OpenOptions::new();
    w.write(true).create(true).truncate(true);
    let mut x = OpenOptions::new();
    x.write(true).create_new(true);
    assert_eq!(errno(fs.open("/missing", &r)), ENOENT);
    assert_eq!(errno(fs.open("/nodir/x", &w)), ENOENT);
    assert_eq!(errno(fs.open("/d", &r)), EISDIR);
    assert_eq!(errno(fs.open("/d", &w)), EISDIR);
    assert_eq!(errno(fs.open("/f/x", &r)), ENOTDIR);
    assert_eq!(errno(fs.open("/f/", &r)), ENOTDIR);
    assert_eq!(errno(fs.open("/new/", &w)), EISDIR);
    assert_eq!(errno(fs.open("/f", &x)), EEXIST);
    assert_eq!(errno(fs.open("/", &r)), EISDIR);
}

#[test]
fn handles_positions_append_truncate() {
    let fs = MemFs::new();
    let mut o = rw();
    o.create(true);
    let f = fs.open("/f", &o).unwrap();
    assert_eq!(f.write(b"hello world").unwrap(), 11);
    assert_eq!(f.seek(SeekFrom::Current(0)).unwrap(), 11);
    f.seek(SeekFrom::Start(6)).unwrap();
    let mut buf = [0u8; 10];
    assert_eq!(f.read(&mut buf).unwrap(), 5);
    assert_eq!(&buf[..5], b"world");
    assert_eq!(f.read(&mut buf).unwrap(), 0);
    assert_eq!(errno(f.seek(SeekFrom::Current(-100))), EINVAL);
    // A second handle has its own position.
    let g = fs.open("/f", &rw()).unwrap();
    g.write(b"J").unwrap();
    assert_eq!(fs.read_to_string("/f").unwrap(), "Jello world");
    // Append always writes at the end.
    let mut a = OpenOptions::new();
    a.append(true);
    let h = fs.open("/f", &a).unwrap();
    h.write(b"!").unwrap();
    f.seek(SeekFrom::Start(0)).unwrap();
    h.write(b"?").unwrap();
    assert_eq!(fs.read_to_string("/f").unwrap(), "Jello world!?");
    // Access is checked.
    assert_eq!(errno(h.read(&mut buf)), EBADF);
    let ro = fs.open("/f", OpenOptions::new().read(true)).unwrap();
    assert_eq!(errno(ro.write(b"x")), EBADF);
    assert_eq!(errno(ro.set_len(0)), EINVAL);
    // Truncation through a handle and at open.
    f.set_len(5).unwrap();
    assert_eq!(fs.read_to_string("/f").unwrap(), "Jello");
    f.set_len(7).unwrap();
    assert_eq!(fs.read("/f").unwrap(), b"Jello\0\0");
    let mut t = OpenOptions::new();
    t.write(true).truncate(true);
    fs.open("/f", &t).unwrap();
    assert_eq!(fs.metadata("/f").unwrap().len(), 0);
    assert_eq!(fs.used_bytes(), 0);
}

#[test]
fn sparse_write_and_limits() {
    let fs = MemFs::with_capacity(100);
    let mut o = rw();
    o.create(true);
    let f = fs.open("/f", &o).unwrap();
    f.seek(SeekFrom::Start(10)).unwrap();
    f.write(b"x").unwrap();
    assert_eq!(fs.read("/f").unwrap().len(), 11);
    f.seek(SeekFrom::Start(1 << 40)).unwrap();
    assert_eq!(errno(f.write(b"x")), ENOSPC);
    assert_eq!(fs.used_bytes(), 11);
    // Without a capacity a huge write fails cleanly instead of aborting.
    let big = MemFs::new();
    let g = big.open("/g", &o).unwrap();
    g.seek(SeekFrom::Start(i64::MAX as u64 - 1)).unwrap();
    assert!(g.write(b"xyz").is_err());
    assert_eq!(errno(g.seek(SeekFrom::Start(u64::MAX))), EINVAL);
    // Bytes come back when the last reference goes.
    drop(f);
    fs.unlink("/f").unwrap();
    assert_eq!(fs.used_bytes(), 0);
}

#[test]
fn unlinked_file_lives_while_open() {
    let fs = MemFs::new();
    fs.write("/f", "data").unwrap();
    let f = fs.open("/f", &rw()).unwrap();
    fs.unlink("/f").unwrap();
    assert!(!fs.exists("/f"));
    assert_eq!(fs.used_bytes(), 4);
    f.write(b"D").unwrap();
    f.seek(SeekFrom::Start(0)).unwrap();
    let mut out = Vec::new();
    f.read_to_end(&mut out).unwrap();
    assert_eq!(out, b"Data");
    assert_eq!(f.metadata().nlink(), 0);
    drop(f);
    assert_eq!(fs.used_bytes(), 0);
}

#[test]
fn directories() {
    let fs = MemFs::new();
    fs.write("/f", "").unwrap();
    fs.mkdir("/d", 0o777).unwrap();
    fs.mkdir("/d2/", 0o700).unwrap();
    fs.write("/d2/x", "").unwrap();
    assert_eq!(fs.metadata("/d2").unwrap().mode(), 0o40700);
    assert_eq!(errno(fs.mkdir("/d", 0o777)), EEXIST);
    assert_eq!(errno(fs.mkdir("/f", 0o777)), EEXIST);
    assert_eq!(errno(fs.mkdir("/no/a", 0o777)), ENOENT);
    assert_eq!(errno(fs.mkdir("", 0o777)), ENOENT);
    assert_eq!(errno(fs.mkdir("/", 0o777)), EEXIST);
    assert_eq!(errno(fs.rmdir("/d2")), ENOTEMPTY);
    assert_eq!(errno(fs.rmdir("/f")), ENOTDIR);
    assert_eq!(errno(fs.rmdir("/missing")), ENOENT);
    assert_eq!(errno(fs.rmdir("/d/.")), EINVAL);
    assert_eq!(errno(fs.rmdir("/")), EBUSY);
    assert_eq!(errno(fs.unlink("/d")), EISDIR);
    assert_eq!(errno(fs.unlink("/missing")), ENOENT);
    assert_eq!(errno(fs.unlink("/f/")), ENOTDIR);
    assert_eq!(errno(fs.read_dir("/f")), ENOTDIR);
    assert_eq!(errno(fs.read_dir("/missing")), ENOENT);
    assert_eq!(errno(fs.set_cwd("/missing")), ENOENT);
    assert_eq!(errno(fs.set_cwd("/f")), ENOTDIR);
    assert_eq!(fs.list("/"), vec!["d", "d2", "f"]);
    assert_eq!(fs.metadata("/").unwrap().nlink(), 4);
    fs.rmdir("/d").unwrap();
    assert_eq!(fs.list("/"), vec!["d2", "f"]);
    assert_eq!(errno(fs.create_dir_all("/f/x")), ENOTDIR);
    assert_eq!(errno(fs.create_dir_all("/f")), EEXIST);
    fs.remove("/d2").unwrap();
    assert_eq!(errno(fs.remove("/d2")), ENOENT);
    assert_eq!(errno(fs.remove("/")), EBUSY);
}

#[test]
fn rename_semantics() {
    let fs = MemFs::new();
    fs.write("/f", "1").unwrap();
    fs.mkdir("/d", 0o777).unwrap();
    fs.write("/d2/x", "").unwrap();
    assert_eq!(errno(fs.rename("/missing", "/z")), ENOENT);
    assert_eq!(errno(fs.rename("/f", "/d")), EISDIR);
    assert_eq!(errno(fs.rename("/d", "/f")), ENOTDIR);
    assert_eq!(errno(fs.rename("/d", "/d2")), ENOTEMPTY);
    assert_eq!(errno(fs.rename("/d", "/d/sub")), EINVAL);
    assert_eq!(errno(fs.rename("/f", "/nodir/f")), ENOENT);
    assert_eq!(errno(fs.rename("/", "/x")), EBUSY);
    fs.rename("/f", "/f").unwrap();
    fs.rename("/f", "/d/g").unwrap();
    assert_eq!(fs.read("/d/g").unwrap(), b"1");
    assert!(!fs.exists("/f"));
    // A directory moves with its contents and may replace an empty directory.
    fs.mkdir("/e", 0o777).unwrap();
    fs.rename("/d", "/e").unwrap();
    assert_eq!(fs.read("/e/g").unwrap(), b"1");
    // A file replaces a file; the old one loses its name.
    fs.write("/h", "2").unwrap();
    fs.rename("/h", "/e/g").unwrap();
    assert_eq!(fs.read("/e/g").unwrap(), b"2");
    assert_eq!(fs.used_bytes(), 1);
}

#[test]
fn hard_links_and_metadata() {
    let fs = MemFs::new();
    fs.write("/a", "x").unwrap();
    fs.mkdir("/d", 0o777).unwrap();
    fs.hard_link("/a", "/b").unwrap();
    assert_eq!(fs.metadata("/b").unwrap().nlink(), 2);
    assert_eq!(errno(fs.hard_link("/a", "/d")), EEXIST);
    assert_eq!(errno(fs.hard_link("/d", "/q")), EPERM);
    // Renaming one name of a file onto another name of it does nothing.
    fs.rename("/a", "/b").unwrap();
    assert!(fs.exists("/a"));
    fs.unlink("/a").unwrap();
    assert_eq!(fs.metadata("/b").unwrap().nlink(), 1);
    fs.set_permissions("/b", 0o640).unwrap();
    assert_eq!(fs.metadata("/b").unwrap().mode(), 0o100640);
    fs.set_permissions("/", 0o700).unwrap();
    assert_eq!(fs.metadata("/").unwrap().mode(), 0o40700);
    let t = SystemTime::UNIX_EPOCH + std::time::Duration::from_secs(5);
    fs.set_times("/b", t, t).unwrap();
    assert_eq!(fs.metadata("/b").unwrap().accessed(), t);
    assert_eq!(errno(fs.set_times("/missing", t, t)), ENOENT);
    assert_eq!(errno(fs.truncate("/d", 0)), EISDIR);
}

#[test]
fn shared_between_threads() {
    let fs = Arc::new(MemFs::new());
    let handles: Vec<_> = (0..4)
        .map(|i| {
            let fs = fs.clone();
            std::thread::spawn(move || {
                for j in 0..50 {
                    fs.write(format!("/t{i}/f{j}"), [i as u8; 3]).unwrap();
                }
            })
        })
        .collect();
    for h in handles {
        h.join().unwrap();
    }
    assert_eq!(fs.list("/").len(), 4);
    assert_eq!(fs.used_bytes(), 4 * 50 * 3);
}

#[test]
fn non_utf8_paths_name_nothing() {
    use std::os::unix::ffi::OsStrExt;
    let fs = MemFs::new();
    let p = std::path::Path::new(std::ffi::OsStr::from_bytes(b"/\xff"));
    assert_eq!(errno(fs.metadata(p)), ENOENT);
}
