using System.Collections.Frozen;
using System.Text.Json;

namespace Itou.Export.Localization;

/// <summary>
/// The words the exporter writes itself (table of contents title, "Tab 2", file sizes, "page 3 / 40",
/// the cover date's pattern…), in every language it knows, read once from the embedded
/// <c>Localization/labels.json</c>: one object per language, one pattern per key, placeholders in
/// braces (<c>{number}</c>). English holds every key; the others are checked against it by a test.
/// </summary>
internal static class LabelTable
{
    /// <summary>The language every other one falls back to, and the one used when nothing is known.</summary>
    public const string English = "en";

    private static readonly FrozenDictionary<string, FrozenDictionary<string, string>> Table = Load();

    /// <summary>The languages the table holds: en, fr, de, es, it, pt, nl, ru, zh-Hans, zh-Hant, ja, ko, ar, he.</summary>
    public static IReadOnlyCollection<string> Languages => Table.Keys;

    /// <summary>Every label key (English has them all), the keys a theme's <c>labels</c> may override.</summary>
    public static IReadOnlyCollection<string> Keys => Table[English].Keys;

    /// <summary>The patterns of one table language (one of <see cref="Languages"/>).</summary>
    public static IReadOnlyDictionary<string, string> Of(string language) => Table[language];

    /// <summary>
    /// The table language for a BCP 47 tag: its language subtag (<c>fr-CA</c> → fr), Chinese by script
    /// or region (<c>zh-TW</c>, <c>zh-HK</c>, <c>zh-MO</c>, <c>zh-Hant</c> → zh-Hant, other Chinese →
    /// zh-Hans); null for a language the table lacks.
    /// </summary>
    public static string? LanguageOf(string tag)
    {
        var parts = tag.Split('-');
        var language = parts[0].ToLowerInvariant();
        if (language == "zh")
            return parts.Skip(1).Any(part => part.ToUpperInvariant() is "HANT" or "TW" or "HK" or "MO") ? "zh-Hant" : "zh-Hans";
        return Table.ContainsKey(language) ? language : null;
    }

    private static FrozenDictionary<string, FrozenDictionary<string, string>> Load()
    {
        using var stream = typeof(LabelTable).Assembly.GetManifestResourceStream("Itou.Export.Localization.labels.json")
            ?? throw new InvalidOperationException("The labels table is not embedded in the library.");
        using var document = JsonDocument.Parse(stream);
        return document.RootElement.EnumerateObject().ToFrozenDictionary(
            language => language.Name,
            language => language.Value.EnumerateObject().ToFrozenDictionary(label => label.Name, label => label.Value.GetString() ?? ""),
            StringComparer.Ordinal);
    }
}
