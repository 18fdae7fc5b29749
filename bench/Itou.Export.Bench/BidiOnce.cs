using System.Diagnostics;
using Itou.Export.Scripts;

namespace Itou.Export.Bench;

/// <summary>
/// The bidirectional algorithm (Scripts/BidiParagraph), one timed run: paragraphs per second for plain
/// French (the fast path), Arabic with numbers and Latin, and Hebrew with brackets, each resolved and
/// reordered as one line.
/// </summary>
internal static class BidiOnce
{
    private static readonly (string Name, string Text)[] Paragraphs =
    [
        ("french", "L'atelier ouvre chaque samedi après-midi : des bénévoles aident à réparer vélos, grille-pain et lampes (outils fournis)."),
        ("arabic", "تفتح الورشة كل يوم سبت من الساعة 14:00 إلى 18:00، ويساعد المتطوعون في إصلاح الدراجات (Vélo) والأجهزة بسعر 5 يورو."),
        ("hebrew", "הסדנה פתוחה בכל שבת [אחר הצהריים] ומתנדבים עוזרים לתקן אופניים (bike) ב-3 שלבים."),
    ];

    public static void Run()
    {
        const int count = 200_000;
        foreach (var (name, text) in Paragraphs)
        {
            BidiParagraph.Resolve(text, null);
            var watch = Stopwatch.StartNew();
            var checksum = 0;
            for (var i = 0; i < count; i++)
            {
                var paragraph = BidiParagraph.Resolve(text, null);
                checksum += BidiParagraph.VisualOrder(paragraph.LineLevels(0, text.Length))[0];
            }
            var seconds = watch.Elapsed.TotalSeconds;
            Console.WriteLine($"{name}: {count / seconds:N0} paragraphs/s ({text.Length} characters, {seconds * 1e9 / count / text.Length:0.0} ns per character, checksum {checksum})");
        }
    }
}
