"""``parx fix-text [FILE|-] [--explain] [--tone new|old]`` as CONTRACT.md says, run as a user would."""

from __future__ import annotations

import subprocess
import sys
import unicodedata
from pathlib import Path

from normalize.legacy import encode

ROOT = Path(__file__).resolve().parents[1]


def run(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "parx", "fix-text", *args],
        input=stdin,
        capture_output=True,
        cwd=ROOT,
        timeout=60,
        check=False,
    )


LINES = [
    "Báo cáo kết quả cải cách hành chính năm 2023",
    "Sở Lao động - Thương binh và Xã hội",
    "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    "",
    "Public Administration Reform Index 93,50",
]


def test_tcvn3_file_is_read_as_cp1252_and_repaired_line_for_line(tmp_path: Path) -> None:
    data = (
        b"\n".join(
            [
                encode(LINES[0], "tcvn3"),
                encode(LINES[1], "tcvn3"),
                encode(LINES[2], "tcvn3-caps"),
                b"",
                LINES[4].encode("ascii"),
            ]
        )
        + b"\n"
    )
    assert b"\xad" in data  # the TCVN3 "ư" of "Thương"
    f = tmp_path / "tcvn3.txt"
    f.write_bytes(data)
    r = run(str(f))
    assert r.returncode == 0
    out = r.stdout.decode("utf-8")
    assert out.split("\n") == [*LINES, ""]
    assert out.count("\n") == data.count(b"\n")
    assert r.stderr == b""


def test_explain_names_each_repair_per_line_in_vietnamese(tmp_path: Path) -> None:
    f = tmp_path / "mixed.txt"
    f.write_text(
        "c¶i c¸ch hµnh chÝnh\nViệt Nam\nViá»‡t Nam\nTrƣờng học\n"
        + unicodedata.normalize("NFD", "Hội đồng")
        + "\nSë T  ph¸p\n",
        encoding="utf-8",
    )
    r = run(str(f), "--explain")
    assert r.returncode == 0
    assert r.stdout.decode().split("\n") == [
        "cải cách hành chính",
        "Việt Nam",
        "Việt Nam",
        "Trường học",
        "Hội đồng",
        "Sở Tư pháp",
        "",
    ]
    err = r.stderr.decode("utf-8").splitlines()
    assert err[0] == 'dòng 1: tcvn3 (phông .VnTime/ABC, bảng mã TCVN3 đọc như Windows-1252) → "cải cách hành chính"'
    assert err[1].startswith("dòng 3: mojibake (")
    assert err[2].startswith("dòng 4: oi→ư (")
    assert err[3].startswith("dòng 5: nfc (")
    assert err[4].startswith("dòng 6: tcvn3 (") and "tcvn3-ư-restored (" in err[4]
    assert err[-1] == "parx fix-text: đã sửa 5/6 dòng"
    assert not any(e.startswith("dòng 2:") for e in err)  # clean lines are not mentioned


def test_stdin_crlf_and_tone() -> None:
    r = run("-", stdin="Hoà Bình, thuỷ lợi\r\nViệt Nam\r\n".encode())
    assert r.stdout.decode() == "Hoà Bình, thuỷ lợi\r\nViệt Nam\r\n"  # the document's tone style is kept
    r = run("-", "--tone", "new", stdin="Hoà Bình, thuỷ lợi\r\nViệt Nam\r\n".encode())
    assert r.stdout.decode() == "Hòa Bình, thủy lợi\r\nViệt Nam\r\n"
    r = run("--tone", "old", stdin="Hòa Bình\n".encode())
    assert r.stdout.decode() == "Hoà Bình\n"


def test_vni_and_viscii_files(tmp_path: Path) -> None:
    for name in ("vni", "viscii", "vps"):
        f = tmp_path / f"{name}.txt"
        f.write_bytes(encode(LINES[0], name) + b"\n" + encode(LINES[1], name))
        r = run(str(f))
        assert r.stdout.decode() == LINES[0] + "\n" + LINES[1], name


def test_empty_input_missing_file_bad_usage(tmp_path: Path) -> None:
    r = run("-", stdin=b"")
    assert (r.returncode, r.stdout) == (0, b"")
    r = run(str(tmp_path / "khong-co.txt"))
    assert r.returncode == 1
    assert "không đọc được tệp" in r.stderr.decode()
    r = run("--tone", "sideways", stdin=b"x")
    assert r.returncode == 2
