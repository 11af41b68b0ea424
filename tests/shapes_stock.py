"""Stock exports in the shapes offices really keep (stock books, wide sheets), with the rows each must import as."""

from __future__ import annotations

import datetime as dt

from tests.shapes_support import Fixture, csv, month, stock, xlsx

K = "stok"
OCT = dt.date(2026, 10, 1)


def _d(day: int) -> dt.date:
    return OCT.replace(day=day)


def stock_book_xlsx() -> Fixture:
    """Shape 4: one office's daily book; the office and the month only in title rows, days as numbers 1, 2, 3."""
    rows = [["DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL KABUPATEN KAUR"], ["LAPORAN HARIAN BLANGKO KTP-EL"],
            ["BULAN OKTOBER 2026"], [],
            ["No", "Tanggal", "Stok Awal", "Penerimaan", "Jumlah Cetak", "Rusak", "Sisa Stok"],
            [1, 1, 2000, 0, 150, 2, 1848],  # 2000 - 150 - 2 = 1848
            [2, 2, 1848, 1000, 200, 0, 2648],  # 1848 + 1000 - 200 = 2648
            [3, 3, 2648, 0, 248, 0, 2400],
            ["JUMLAH", None, None, 1000, 598, 2, None]]
    return Fixture("stok_harian_oktober.xlsx", xlsx(rows, sheet="Oktober"), K, [
        stock("17.04", "blangko", _d(1), None, 150, 1848, stok_awal=2000, rusak=2),
        stock("17.04", "blangko", _d(2), None, 200, 2648, penerimaan=1000),
        stock("17.04", "blangko", _d(3), None, 248, 2400)])


def stock_book_csv() -> Fixture:
    """A stock book with full dates and other words: 'Tgl', 'Saldo Awal', 'Penerimaan Blangko', 'Jml Cetak',
    'Gagal Cetak', 'Stok Akhir'; the office (Kota Bengkulu) in the title."""
    rows = [["PEMERINTAH KOTA BENGKULU"], ["DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL"], [],
            ["No", "Tgl", "Saldo Awal", "Penerimaan Blangko", "Jml Cetak", "Gagal Cetak", "Stok Akhir"],
            ["1", "01/10/2026", "5.000", "0", "320", "5", "4.675"],  # 5000 - 320 - 5 = 4675
            ["2", "02/10/2026", "4.675", "2.000", "300", "0", "6.375"]]
    return Fixture("buku_stok_kota.csv", csv(rows), K, [
        stock("17.71", "blangko", _d(1), None, 320, 4675, rusak=5),
        stock("17.71", "blangko", _d(2), None, 300, 6375, penerimaan=2000)])


def item_columns_csv() -> Fixture:
    """One column per item: 'Cetak Blangko | Sisa Blangko | Pakai Ribbon | Sisa Ribbon | Pakai Film | Sisa Film'."""
    rows = [["Tanggal", "Kode", "Cetak Blangko", "Sisa Blangko", "Pakai Ribbon", "Sisa Ribbon", "Pakai Film",
             "Sisa Film"],
            ["31/10/2026", "52.08", "300", "1.700", "1", "12", "0", "3"]]
    day = dt.date(2026, 10, 31)
    return Fixture("stok_klu_per_barang.csv", csv(rows), K, [
        stock("52.08", "blangko", day, None, 300, 1700), stock("52.08", "ribbon", day, None, 1, 12),
        stock("52.08", "film", day, None, 0, 3)])


def item_groups_xlsx() -> Fixture:
    """Column groups per item: BLANGKO / RIBBON / FILM merged over 'Stok Awal | Pemakaian | Sisa'."""
    sub = ["Stok Awal", "Pemakaian", "Sisa"]
    rows = [["LAPORAN STOK KABUPATEN KAUR BULAN OKTOBER 2026"], [],
            ["Tanggal", "BLANGKO", None, None, "RIBBON", None, None, "FILM", None, None], [None, *sub * 3],
            [1, 2000, 300, 1700, 13, 1, 12, 3, 0, 3],
            [2, 1700, 200, 1500, 12, 1, 11, 3, 1, 2]]
    merges = ((2, 0, 3, 0), (2, 1, 2, 3), (2, 4, 2, 6), (2, 7, 2, 9))
    return Fixture("stok_kaur_grup.xlsx", xlsx(rows, merges=merges), K, [
        stock("17.04", "blangko", _d(1), None, 300, 1700, stok_awal=2000),
        stock("17.04", "blangko", _d(2), None, 200, 1500, stok_awal=1700),
        stock("17.04", "ribbon", _d(1), None, 1, 12, stok_awal=13), stock("17.04", "ribbon", _d(2), None, 1, 11),
        stock("17.04", "film", _d(1), None, 0, 3), stock("17.04", "film", _d(2), None, 1, 2)])


def month_columns_csv() -> Fixture:
    """One column per month under PEMAKAIAN and SISA STOK, the year in the title; March not filled in yet."""
    rows = [["REKAP PEMAKAIAN DAN SISA BLANGKO KTP-EL TAHUN 2025"], [],
            ["Kode", "Kabupaten/Kota", "PEMAKAIAN", None, None, "SISA STOK", None, None],
            [None, None, "Jan", "Feb", "Mar", "Jan", "Feb", "Mar"],
            ["65.01", "Bulungan", "3.000", "2.800", None, "5.000", "2.200", None],
            ["65.02", "Malinau", "1.000", "900", None, "2.000", "1.100", None]]
    jan, feb = month(2025, 1), month(2025, 2)
    return Fixture("stok_kaltara_2025.csv", csv(rows), K, [
        stock("65.01", "blangko", *jan, 3000, 5000), stock("65.02", "blangko", *jan, 1000, 2000),
        stock("65.01", "blangko", *feb, 2800, 2200), stock("65.02", "blangko", *feb, 900, 1100)])


def cards_xlsx() -> Fixture:
    """Ribbon and film counted in the cards they print '(kartu)': 2.250 cards / 450 = 5 ribbons, 3.100 / 1000 = 3
    rolls (3,1 rounded); blangko rows stay cards."""
    rows = [["Tanggal", "Kode", "Jenis", "Pemakaian (kartu)", "Sisa (kartu)"],
            [dt.date(2026, 10, 31), "52.08", "Blangko KTP-el", 300, 1700],
            [dt.date(2026, 10, 31), "52.08", "Ribbon", 450, 2250],
            [dt.date(2026, 10, 31), "52.08", "Retransfer Film", 300, 3100]]
    day = dt.date(2026, 10, 31)
    return Fixture("stok_klu_kartu.xlsx", xlsx(rows), K, [
        stock("52.08", "blangko", day, None, 300, 1700), stock("52.08", "ribbon", day, None, 1, 5),
        stock("52.08", "film", day, None, 0, 3)], warnings=4)


def region_in_file_name_csv() -> Fixture:
    """No region column and no region in the title: the file name says 'kab_kaur'; the month is in the title."""
    rows = [["LAPORAN HARIAN BLANGKO"], ["BULAN OKTOBER 2026"], ["Tanggal", "Stok Awal", "Cetak", "Sisa"],
            ["1", "100", "10", "90"], ["2", "90", "15", "75"]]
    return Fixture("stok_kab_kaur_oktober.csv", csv(rows), K, [
        stock("17.04", "blangko", _d(1), None, 10, 90), stock("17.04", "blangko", _d(2), None, 15, 75)])


def unlabelled_total_csv() -> Fixture:
    """A total row with no word in it: no date, no code, its flows the sum of the rows above (left out)."""
    rows = [["Tanggal", "Kode", "Stok Awal", "Penerimaan", "Pemakaian", "Sisa"],
            ["01/10/2026", "33.11", "9.000", "0", "250", "8.750"],
            ["02/10/2026", "33.11", "8.750", "1.000", "300", "9.450"],
            [None, None, None, "1.000", "550", None]]  # 0 + 1000, 250 + 300
    return Fixture("stok_sukoharjo.csv", csv(rows), K, [
        stock("33.11", "blangko", _d(1), None, 250, 8750), stock("33.11", "blangko", _d(2), None, 300, 9450)],
        warnings=1)


def semester_ledger_csv() -> Fixture:
    """A semester stock row is kept only as a full ledger: 10.000 + 5.000 − 12.000 = 3.000."""
    rows = [["Periode", "Kode", "Stok Awal", "Penerimaan", "Pemakaian", "Sisa"],
            ["Semester I 2025", "17.04", "10.000", "5.000", "12.000", "3.000"]]
    return Fixture("stok_kaur_semester.csv", csv(rows), K, [
        stock("17.04", "blangko", dt.date(2025, 1, 1), dt.date(2025, 6, 30), 12000, 3000, granularity="semester",
              stok_awal=10000, penerimaan=5000)])


CORPUS = (stock_book_xlsx, stock_book_csv, item_columns_csv, item_groups_xlsx, month_columns_csv, cards_xlsx,
          region_in_file_name_csv, unlabelled_total_csv, semester_ledger_csv)
