"""Bad inputs: one clear line per file, the batch goes on, outputs stay complete."""

from __future__ import annotations

import json
import shutil
import subprocess

import pandas as pd

from tests.conftest import SAMPLES, run_parx

GOOD = SAMPLES / "unit_par_2021.pdf"


def _batch(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(GOOD, folder / "a_good.pdf")
    (folder / "b_empty.pdf").write_bytes(b"")
    data = GOOD.read_bytes()
    (folder / "c_truncated.pdf").write_bytes(data[: len(data) // 3])
    png = tmp_path / "page.png"
    subprocess.run(["pdftoppm", "-r", "20", "-png", "-singlefile", str(GOOD), str(tmp_path / "page")], check=True)
    (folder / "d_really_png.pdf").write_bytes(png.read_bytes())
    return folder


def test_bad_files_reported_and_good_file_complete(tmp_path):
    folder = _batch(tmp_path)
    out = tmp_path / "out"
    res = run_parx("extract", str(folder), "-o", str(out))
    assert res.returncode == 1
    lines = res.stderr.decode().strip().splitlines()
    err_lines = [ln for ln in lines if ln.startswith("parx: lỗi:")]
    assert err_lines == [
        f"parx: lỗi: {folder}/b_empty.pdf: tệp rỗng (0 byte)",
        f"parx: lỗi: {folder}/c_truncated.pdf: tệp PDF bị hỏng, không đọc được (tệp bị cắt cụt, thiếu phần cuối)",
        f"parx: lỗi: {folder}/d_really_png.pdf: không phải tệp PDF (nội dung thực là ảnh PNG)",
    ]
    errors = pd.read_csv(out / "errors.csv")
    assert list(errors.columns) == ["doc", "stage", "error"]
    names = ["b_empty.pdf", "c_truncated.pdf", "d_really_png.pdf"]
    assert errors["doc"].tolist() == [f"{folder}/{n}" for n in names]
    assert (errors["stage"] == "extract").all()

    # the good file's outputs are the same as when it is extracted alone
    alone = tmp_path / "alone"
    assert run_parx("extract", str(GOOD), "-o", str(alone)).returncode == 0
    got = [json.loads(ln) for ln in (out / "tables.jsonl").read_text(encoding="utf-8").splitlines()]
    ref = [json.loads(ln) for ln in (alone / "tables.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [t["rows"] for t in got] == [t["rows"] for t in ref]
    assert len(got) == 2
    rec = pd.read_csv(out / "records.csv")
    assert len(rec) == len(pd.read_csv(alone / "records.csv")) > 300
    for name in ("tables.jsonl", "records.csv", "records.parquet", "checks.csv", "errors.csv", "parx.duckdb"):
        assert (out / name).exists()
    assert not list(out.glob(".parx-tmp-*"))


def test_encrypted_pdf(tmp_path):
    from reportlab.pdfgen import canvas

    locked = tmp_path / "khoa.pdf"
    c = canvas.Canvas(str(locked), encrypt="matkhau")
    c.drawString(100, 700, "Bao cao")
    c.save()
    res = run_parx("extract", str(locked), "-o", str(tmp_path / "out"))
    assert res.returncode == 1
    assert f"parx: lỗi: {locked}: tệp PDF được bảo vệ bằng mật khẩu, không mở được" in res.stderr.decode()


def test_missing_file_and_unsupported_extension(tmp_path):
    doc = tmp_path / "bao-cao.odt"
    doc.write_bytes(b"PK\x03\x04open document")
    res = run_parx("extract", str(doc), str(tmp_path / "khong-co.pdf"), "-o", str(tmp_path / "out"))
    assert res.returncode == 1
    err = res.stderr.decode()
    assert f"{doc}: định dạng '.odt' không được hỗ trợ" in err
    assert f"{tmp_path / 'khong-co.pdf'}: không tìm thấy tệp" in err


def test_bad_usage_exit_2():
    assert run_parx("extract").returncode == 2
    assert run_parx("no-such-command").returncode == 2


def test_previous_outputs_survive_a_failed_write(tmp_path, monkeypatch):
    """A crash while writing leaves the previous complete set in place."""
    import parx.writers as writers
    from parx.pipeline import run

    out = tmp_path / "out"
    run([str(GOOD)], out)
    before = (out / "records.csv").read_bytes()

    def boom(*a, **k):
        raise OSError("disk full")

    monkeypatch.setattr(writers.pq, "write_table", boom)
    try:
        run([str(GOOD)], out)
    except OSError:
        pass
    assert (out / "records.csv").read_bytes() == before
    assert not list(out.glob(".parx-tmp-*"))
