"""Coverage exports in the shapes offices and the DKB really use, with the figures each must import as (by hand)."""

from __future__ import annotations

import datetime as dt

from tests.shapes_support import S1_2024, S2_2023, Fixture, cov, csv, month, xlsx

K = "perekaman"
_SUB = [None] * 5 + ["LK", "PR", "JML"] * 3


def dkb_kecamatan_xlsx() -> Fixture:
    """Shape 1: kecamatan codes, WAJIB KTP / REKAM / BELUM REKAM merged over LK | PR | JML, SEMESTER and TAHUN
    columns, two title rows and a JUMLAH row."""
    rows = [["DATA KEPENDUDUKAN BERSIH (DKB) KABUPATEN KAUR"], ["REKAPITULASI PEREKAMAN KTP-EL PER KECAMATAN"], [],
            ["NO", "KODE", "KECAMATAN", "SEMESTER", "TAHUN", "WAJIB KTP", None, None, "REKAM", None, None,
             "BELUM REKAM", None, None], _SUB,
            [1, "17.04.01", "Kinal", "I", 2024, 3100, 3000, 6100, 3000, 2950, 5950, 100, 50, 150],
            [2, "17.04.02", "Tanjung Kemuning", "I", 2024, 4000, 4100, 8100, 3900, 4000, 7900, 100, 100, 200],
            ["JUMLAH", None, None, None, None, 7100, 7100, 14200, 6900, 6950, 13850, 200, 150, 350]]
    merges = tuple((3, c, 4, c) for c in range(5)) + ((3, 5, 3, 7), (3, 8, 3, 10), (3, 11, 3, 13))
    # JML columns are read: 6100/5950/150 and 8100/7900/200; the JUMLAH row is not a region.
    return Fixture("dkb_kaur_kecamatan.xlsx", xlsx(rows, merges=merges), K, [
        cov("17.04.01", S1_2024, 6100, 5950, belum_rekam=150),
        cov("17.04.02", S1_2024, 8100, 7900, belum_rekam=200)])


def dkb_kecamatan_csv() -> Fixture:
    """Shape 1 as a local system exports it: one header row of long names split by sex, semester '2', tahun 2023."""
    rows = [["kode_kec", "nama_kec", "semester", "tahun", "wajib_ktp_lk", "wajib_ktp_pr", "wajib_ktp_jml", "rekam_lk",
             "rekam_pr", "rekam_jml", "belum_rekam_lk", "belum_rekam_pr", "belum_rekam_jml", "ktp_jml"],
            ["17.71.01", "Selebar", "2", "2023", "20.100", "20.400", "40.500", "19.900", "20.000", "39.900", "200",
             "400", "600", "39.000"],
            ["17.71.02", "Gading Cempaka", "2", "2023", "15.000", "15.500", "30.500", "14.800", "15.400", "30.200",
             "200", "100", "300", "29.800"]]
    # ktp_jml (cards held) is no field we store: ignored.
    return Fixture("dkb_bengkulu_kec.csv", csv(rows), K, [
        cov("17.71.01", S2_2023, 40500, 39900, belum_rekam=600),
        cov("17.71.02", S2_2023, 30500, 30200, belum_rekam=300)])


def title_period_csv() -> Fixture:
    """Shape 2: the period only in a title row, no date column; only LK and PR columns (added up)."""
    rows = [["REKAPITULASI PEREKAMAN KTP-EL SEMESTER I TAHUN 2024"], ["KABUPATEN KAUR"], [],
            ["KODE KEC", "NAMA KECAMATAN", "WAJIB KTP LK", "WAJIB KTP PR", "REKAM LK", "REKAM PR"],
            ["17.04.03", "Kaur Utara", "1.500", "1.450", "1.400", "1.440"],
            ["17.04.04", "Kaur Tengah", "2.000", "2.100", "1.990", "2.050"],
            ["JUMLAH", None, "3.500", "3.550", "3.390", "3.490"]]
    # 1500 + 1450 = 2950 wajib, 1400 + 1440 = 2840 rekam; 2000 + 2100 = 4100, 1990 + 2050 = 4040.
    return Fixture("rekam_kaur_s1.csv", csv(rows), K, [
        cov("17.04.03", S1_2024, 2950, 2840), cov("17.04.04", S1_2024, 4100, 4040)])


def long_names_csv() -> Fixture:
    """Shape 3: kab/kota, long names, a period column written 'Semester II 2023', persentase given."""
    rows = [["kode_wilayah", "nama_wilayah", "periode", "jumlah_wajib_ktp", "jumlah_sudah_rekaman",
             "persentase_sudah_rekam", "jumlah_belum_rekaman"],
            ["17.04", "Kabupaten Kaur", "Semester II 2023", "80.000", "76.000", "95,00", "4.000"],
            ["17.71", "Kota Bengkulu", "Semester II 2023", "250.000", "245.000", "98,00", "5.000"]]
    return Fixture("cakupan_bengkulu.csv", csv(rows, sep=","), K, [
        cov("17.04", S2_2023, 80000, 76000, belum_rekam=4000, persentase=95.0),
        cov("17.71", S2_2023, 250000, 245000, belum_rekam=5000, persentase=98.0)])


def desa_subtotals_csv() -> Fixture:
    """Desa rows with their kecamatan's subtotal row above them (no JUMLAH word: found by code and sum)."""
    rows = [["Kode", "Desa/Kelurahan", "Periode", "Wajib KTP", "Sudah Rekam"],
            ["17.04.01", "KINAL", "Semester I 2024", "1.000", "950"],  # 600 + 400, 570 + 380: a subtotal
            ["17.04.01.2001", "Gedung Wani", "Semester I 2024", "600", "570"],
            ["17.04.01.2002", "Penandingan", "Semester I 2024", "400", "380"],
            ["17.04.02", "TANJUNG KEMUNING", "Semester I 2024", "700", "690"],  # 300 + 400, 290 + 400
            ["17.04.02.2002", "Tinggi Ari", "Semester I 2024", "300", "290"],
            ["17.04.02.2003", "Tanjung Aur", "Semester I 2024", "400", "400"]]
    return Fixture("cakupan_desa_kaur.csv", csv(rows), K, [
        cov("17.04.01.2001", S1_2024, 600, 570), cov("17.04.01.2002", S1_2024, 400, 380),
        cov("17.04.02.2002", S1_2024, 300, 290), cov("17.04.02.2003", S1_2024, 400, 400)], warnings=2)


def province_subtotal_xlsx() -> Fixture:
    """A kab/kota list whose province row carries the province code and the sum of its kab/kota (dropped)."""
    rows = [["REKAP PEREKAMAN KTP-EL PROVINSI KALIMANTAN UTARA"], [],
            ["Bulan", "Kode", "Wilayah", "Wajib KTP", "Sudah Rekam"],
            ["Desember 2024", "65", "KALIMANTAN UTARA", 60000, 58000],  # 30000 + 20000 + 10000, 29000 + 19500 + 9500
            ["Desember 2024", "65.01", "Bulungan", 30000, 29000],
            ["Desember 2024", "65.02", "Malinau", 20000, 19500],
            ["Desember 2024", "65.03", "Nunukan", 10000, 9500]]
    dec = (*month(2024, 12), "bulanan")
    return Fixture("rekam_kaltara_des2024.xlsx", xlsx(rows), K, [
        cov("65.01", dec, 30000, 29000), cov("65.02", dec, 20000, 19500), cov("65.03", dec, 10000, 9500)],
        warnings=1)


def quarters_xlsx() -> Fixture:
    """A period column holding quarters: 'TW 3 2024' and 'Triwulan IV 2024'."""
    rows = [["Periode", "Kode Wilayah", "Wajib KTP", "Sudah Rekam"],
            ["TW 3 2024", "33.11", 700000, 690000], ["Triwulan IV 2024", "33.11", 701000, 692000]]
    q3 = (dt.date(2024, 7, 1), dt.date(2024, 9, 30), "triwulan")
    q4 = (dt.date(2024, 10, 1), dt.date(2024, 12, 31), "triwulan")
    return Fixture("rekam_sukoharjo_tw.xlsx", xlsx(rows), K, [
        cov("33.11", q3, 700000, 690000), cov("33.11", q4, 701000, 692000)])


def keadaan_csv() -> Fixture:
    """'KEADAAN S.D. DESEMBER 2020' in the title, no date column: every row is December 2020."""
    rows = [["JUMLAH PEREKAMAN KTP-EL"], ["KEADAAN S.D. DESEMBER 2020"],
            ["No", "Kode", "Kabupaten/Kota", "Wajib KTP-el", "Sudah Perekaman", "Belum Perekaman"],
            ["1", "52.08", "Kab. Lombok Utara", "160.000", "150.000", "10.000"]]
    dec = (*month(2020, 12), "bulanan")
    return Fixture("rekam_ntb_2020.csv", csv(rows), K, [cov("52.08", dec, 160000, 150000, belum_rekam=10000)])


def jml_check_csv() -> Fixture:
    """LK, PR and JML all given: JML is stored; a row where JML is not LK + PR is kept with a warning."""
    rows = [["Kode", "Periode", "Wajib KTP LK", "Wajib KTP PR", "Wajib KTP JML", "Rekam LK", "Rekam PR", "Rekam JML"],
            ["65.01", "S1 2024", "15.000", "15.000", "30.000", "14.500", "14.500", "29.000"],
            ["65.02", "S1 2024", "10.000", "10.000", "20.100", "9.500", "9.500", "19.000"]]  # 20.100 ≠ 20.000
    return Fixture("rekam_kaltara_s1.csv", csv(rows), K, [
        cov("65.01", S1_2024, 30000, 29000), cov("65.02", S1_2024, 20100, 19000)], warnings=1)


def year_column_xlsx() -> Fixture:
    """Only a TAHUN column: a whole-year reading (2025-01-01..2025-12-31)."""
    rows = [["Tahun", "Kode Kab/Kota", "Wajib KTP", "Sudah Rekam", "PRR"], [2025, "52.08", 161000, 155000, 120]]
    year = (dt.date(2025, 1, 1), dt.date(2025, 12, 31), "tahunan")
    return Fixture("rekam_klu_2025.xlsx", xlsx(rows), K, [cov("52.08", year, 161000, 155000, prr=120)])


def semester_words_csv() -> Fixture:
    """Semesters as offices abbreviate them: 'SMT II 2023', 'S1 2024'."""
    rows = [["Kode", "Smt", "Wajib KTP", "Sudah Rekam"], ["17.04", "SMT II 2023", "80.000", "76.000"],
            ["17.04", "S1 2024", "81.000", "77.500"]]
    return Fixture("rekam_kaur_smt.csv", csv(rows), K, [
        cov("17.04", S2_2023, 80000, 76000), cov("17.04", S1_2024, 81000, 77500)])


CORPUS = (dkb_kecamatan_xlsx, dkb_kecamatan_csv, title_period_csv, long_names_csv, desa_subtotals_csv,
          province_subtotal_xlsx, quarters_xlsx, keadaan_csv, jml_check_csv, year_column_xlsx, semester_words_csv)
