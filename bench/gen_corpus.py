#!/usr/bin/python3
"""Deterministic JSONL corpus of collection messages for benchmarks and tests.

usage: gen_corpus.py [-n COUNT] [--seed SEED] [--malformed K] [-o FILE]

Writes COUNT records {"id":"m1","lang":..,"channel":..,"text":..}, one per
line (ids m1, m2, ... in order). Indonesian (60 %) and English (40 %); SMS
(about 150 bytes), WhatsApp (about 400 bytes) and e-mail (1-3 KB) lengths;
about 30 % of the messages contain a violation (threat, accusation, bare
demand, shouting, disclosure to third parties, personal data) and the rest
are polite reminders with a sender, an amount and a due date. The same
COUNT and SEED always give the same bytes. --malformed K replaces K records,
spread evenly, with lines santun must reject (not JSON, or no string
"text"); their ids are kept where the line has one.

Only the standard library: runs with any python3.
"""

import argparse
import json
import random
import sys

NAMES_ID = ["Budi", "Siti", "Andi", "Rina", "Dewi", "Agus", "Wulan", "Hendra", "Sri", "Yusuf"]
NAMES_EN = ["Ford", "Garcia", "Nguyen", "Smith", "Okafor", "Kowalski", "Patel", "Jones"]
COMPANIES_ID = ["PT Dana Kilat Sejahtera", "Koperasi Maju Bersama", "PT Cicil Aja Digital", "Bank Sentosa Raya"]
COMPANIES_EN = ["Bluegate Collections", "Maple Ridge Financial", "First Street Credit", "Summit Card Services"]
AGENTS = ["Rina", "Bayu", "Maya", "Tono", "Lisa", "Omar"]
MONTHS_ID = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus",
             "September", "Oktober", "November", "Desember"]
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December"]

VIOLATIONS_ID = [
    "Dasar penipu, jangan kabur dari utang!",
    "Kalau tidak bayar, kami akan lapor polisi dan Anda bisa dipenjara.",
    "Kami akan sebarkan data Anda ke semua kontak dan grup WA.",
    "Bayar sekarang juga!",
    "Kami akan datang ke kantor Anda dan memberi tahu atasan Anda.",
    "BAYAR HARI INI JUGA ATAU KAMI DATANG KE RUMAH!!!",
    "Dasar maling, malu sama tetangga.",
    "Waktu Anda tinggal 3 jam lagi sebelum kami viralkan.",
    "NIK Anda 3275014601920007 sudah kami catat.",
    "Keluarga Anda sudah kami hubungi soal utang ini.",
]
VIOLATIONS_EN = [
    "You are a thief and a liar.",
    "Pay now or we call the police and you go to jail.",
    "We will tell your employer and your family about this debt.",
    "PAY NOW!!!",
    "Deadbeats like you always get caught.",
    "We will post your photo on social media.",
    "Your SSN 536-22-1234 is on file with us.",
    "You have 2 hours left before we come to your home.",
]
FILLER_ID = [
    "Rincian tagihan terdiri atas pokok, bunga dan denda keterlambatan sesuai perjanjian.",
    "Anda dapat melihat riwayat pembayaran di aplikasi kami pada menu Tagihan.",
    "Apabila pembayaran sudah dilakukan, mohon abaikan pesan ini.",
    "Untuk pertanyaan, silakan hubungi layanan pelanggan kami pada hari kerja pukul 08.00-17.00.",
    "Kami menghargai kerja sama Bapak/Ibu selama ini.",
    "Bukti transfer dapat dikirim melalui aplikasi agar pembayaran cepat tercatat.",
]
FILLER_EN = [
    "The balance includes the principal, interest and late fees set out in your agreement.",
    "You can see your payment history in our app under Billing.",
    "If you have already paid, please disregard this message.",
    "Our customer service team is available on weekdays from 8 a.m. to 5 p.m.",
    "We appreciate your cooperation.",
    "Please keep your receipt until the payment shows in your account.",
]


def rupiah(r):
    return "Rp " + f"{r.randrange(100, 20000) * 1000:,}".replace(",", ".")


def dollars(r):
    return f"${r.randrange(25, 5000):,}.{r.randrange(100):02d}"


def message_id(r, channel, bad):
    name, company, agent = r.choice(NAMES_ID), r.choice(COMPANIES_ID), r.choice(AGENTS)
    day, month = r.randrange(1, 29), r.choice(MONTHS_ID)
    bill = r.choice([
        f"Tagihan Anda sebesar {rupiah(r)} jatuh tempo pada {day} {month} 2027.",
        f"Angsuran ke-{r.randrange(2, 12)} sebesar {rupiah(r)} jatuh tempo {day} {month} 2027.",
    ])
    if channel == "sms":
        parts = [f"{company}: {bill}"]
        if bad:
            parts.insert(r.randrange(0, 2), r.choice(VIOLATIONS_ID))
        return " ".join(parts + ["Terima kasih."])
    parts = [r.choice([f"Yth. Bapak {name},", f"Selamat pagi Ibu {name},", f"Halo Kak {name},"]),
             r.choice([f"Kami dari {company}.", f"Saya {agent} dari {company}."]), bill]
    parts.append("Pembayaran dapat dilakukan melalui rekening virtual yang tertera di aplikasi.")
    parts.append("Jika ada kesulitan, kami dapat membantu menyusun jadwal pembayaran.")
    if channel == "email":
        parts[0] = f"Perihal: pengingat tagihan\n\n{parts[0]}\n"
        parts += r.choices(FILLER_ID, k=r.randrange(8, 30))
    if bad:
        parts.insert(r.randrange(1, len(parts) + 1), r.choice(VIOLATIONS_ID))
    parts.append(f"Terima kasih. {company}" if channel == "whatsapp" else f"\nHormat kami,\n{agent}, {company}")
    return " ".join(parts)


def message_en(r, channel, bad):
    name, company, agent = r.choice(NAMES_EN), r.choice(COMPANIES_EN), r.choice(AGENTS)
    day, month = r.randrange(1, 29), r.choice(MONTHS_EN)
    if channel == "sms":
        parts = [f"{company}: your payment of {dollars(r)} is due {month} {day}, 2027."]
        if bad:
            parts.insert(r.randrange(0, 2), r.choice(VIOLATIONS_EN))
        return " ".join(parts + ["Reply STOP to opt out."])
    parts = [r.choice([f"Hello Ms. {name},", f"Dear Mr. {name},", f"Hi {name},"]),
             f"This is {agent} from {company}, a debt collector.",
             f"Your balance of {dollars(r)} is due {month} {day}, 2027.",
             "You can pay online in our app or call us to set up a payment plan."]
    if channel == "email":
        parts[0] = f"Subject: Your account\n\n{parts[0]}\n"
        parts += r.choices(FILLER_EN, k=r.randrange(8, 30))
    if bad:
        parts.insert(r.randrange(1, len(parts) + 1), r.choice(VIOLATIONS_EN))
    parts.append("This is an attempt to collect a debt and any information obtained will be used for that purpose.")
    parts.append("Reply STOP to opt out." if channel == "whatsapp" else "To stop receiving emails from us, reply UNSUBSCRIBE.")
    return " ".join(parts)


def malformed(k, i):
    kind = k % 3
    if kind == 0:
        return '{"id": "m%d", "text": %d}' % (i, i)        # text is not a string
    if kind == 1:
        return '{"id": "m%d", "txt": "Bayar!"}' % i        # no text
    return 'm%d not json {' % i                            # not JSON at all


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("-n", "--count", type=int, default=1000)
    ap.add_argument("--seed", type=int, default=15)
    ap.add_argument("--malformed", type=int, default=0, metavar="K")
    ap.add_argument("-o", "--output", default="-")
    args = ap.parse_args()

    r = random.Random(args.seed)
    bad_at = set()
    if args.malformed > 0:
        step = max(1, args.count // args.malformed)
        bad_at = {step // 2 + 1 + k * step for k in range(args.malformed)}
    out = sys.stdout if args.output == "-" else open(args.output, "w", encoding="utf-8")
    with out:
        lines = []
        k = 0
        for i in range(1, args.count + 1):
            lang = "id" if r.random() < 0.6 else "en"
            channel = r.choices(["sms", "whatsapp", "email"], weights=[50, 30, 20])[0]
            bad = r.random() < 0.3
            text = (message_id if lang == "id" else message_en)(r, channel, bad)
            if i in bad_at:
                lines.append(malformed(k, i))
                k += 1
            else:
                lines.append(json.dumps({"id": f"m{i}", "lang": lang, "channel": channel, "text": text},
                                        ensure_ascii=False, separators=(",", ":")))
            if len(lines) >= 4096:
                out.write("\n".join(lines) + "\n")
                lines = []
        if lines:
            out.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
