using System.Globalization;
using System.Text;

namespace Itou.Export.Localization;

/// <summary>
/// The words one document writes itself, in its language, with its culture's dates and numbers: both
/// writers take every label from here (see <see cref="Publishing.Publication.Labels"/>), so a book never
/// mixes languages and PDF and DOCX say the same thing. The language is the theme's, else the one
/// detected in the pages' text (<see cref="LanguageDetector"/>), else English; a theme's
/// <c>labels</c> override any pattern.
/// </summary>
internal sealed class Labels
{
    // The tag written in the document (PDF /Lang, Word w:lang) for a detected language: Word and
    // readers know the regional forms best. Dates and numbers use the neutral culture (Arabic stays Gregorian).
    private static readonly Dictionary<string, string> DocumentTags = new(StringComparer.Ordinal)
    {
        ["en"] = "en-US", ["fr"] = "fr-FR", ["de"] = "de-DE", ["es"] = "es-ES", ["it"] = "it-IT", ["pt"] = "pt-BR",
        ["nl"] = "nl-NL", ["ru"] = "ru-RU", ["zh-Hans"] = "zh-CN", ["zh-Hant"] = "zh-TW", ["ja"] = "ja-JP",
        ["ko"] = "ko-KR", ["ar"] = "ar-EG", ["he"] = "he-IL",
    };

    private static readonly string[] VideoHosts = ["youtu", "vimeo", "loom", "dailymotion"];
    private static readonly string[] DocumentHosts = ["drive.google", "docs.google"];

    private readonly IReadOnlyDictionary<string, string> patterns;
    private readonly IReadOnlyDictionary<string, string> overrides;

    private Labels(string language, string tableLanguage, CultureInfo culture, IReadOnlyDictionary<string, string> overrides)
    {
        Language = language;
        TableLanguage = tableLanguage;
        Culture = culture;
        patterns = LabelTable.Of(tableLanguage);
        this.overrides = overrides;
    }

    /// <summary>
    /// The labels of a document: <paramref name="themeLanguage"/> (a BCP 47 tag) when set, else what
    /// <paramref name="detect"/> finds (a table language or null), else English.
    /// </summary>
    public static Labels For(string? themeLanguage, IReadOnlyDictionary<string, string> overrides, Func<string?> detect)
    {
        if (themeLanguage is not null)
        {
            var table = LabelTable.LanguageOf(themeLanguage) ?? LabelTable.English;
            return new Labels(themeLanguage, table, CultureOf(themeLanguage) ?? CultureOf(table)!, overrides);
        }
        var detected = detect() ?? LabelTable.English;
        return new Labels(DocumentTags[detected], detected, CultureOf(detected)!, overrides);
    }

    /// <summary>The document's language as a BCP 47 tag (PDF <c>/Lang</c>, Word <c>w:lang</c>, French typography).</summary>
    public string Language { get; }
    /// <summary>The table language the labels come from (one of <see cref="LabelTable.Languages"/>).</summary>
    public string TableLanguage { get; }
    /// <summary>Dates and numbers are formatted for this culture.</summary>
    public CultureInfo Culture { get; }

    public string Contents => Text("contents");
    public string Tab(int number) => Text("tab", ("number", Number(number)));

    /// <summary>What a reader finds at an embed's address, told from its host: a video, a shared document, or content at that host.</summary>
    public string Embed(Uri? address)
    {
        var host = address is { IsAbsoluteUri: true } ? address.Host : "";
        if (VideoHosts.Any(video => host.Contains(video, StringComparison.OrdinalIgnoreCase)))
            return Text("onlineVideo");
        if (DocumentHosts.Any(document => host.Contains(document, StringComparison.OrdinalIgnoreCase)))
            return Text("onlineDocument");
        return host.Length > 0 ? Text("onlineContentAt", ("host", host)) : Text("onlineContent");
    }

    public string Diagram(string language) => Text("diagram", ("language", language));
    public string FileMissing => Text("fileMissing");
    public string Parameters => Text("parameters");
    public string Response(string status) => Text("response", ("status", status));
    /// <summary>The headers of an API operation's parameter table: name, location, type, required, description.</summary>
    public IReadOnlyList<string> ParameterColumns =>
        [Text("parameterName"), Text("parameterIn"), Text("parameterType"), Text("parameterRequired"), Text("parameterDescription")];
    public string YesOrNo(bool yes) => Text(yes ? "yes" : "no");
    public string Schemas(IEnumerable<string> names) => Text("schemas", ("names", string.Join(", ", names)));
    public string PageOf(int page, int pages) => Text("pageOf", ("page", Number(page)), ("pages", Number(pages)));
    public string PageReference(int page) => Text("pageReference", ("page", Number(page)));
    public string Image => Text("image");
    public string QrCode(string url) => Text("qrCode", ("url", url));
    public string Logo => Text("logo");
    public string CoverPicture => Text("coverPicture");

    /// <summary>The cover date, in the language's pattern and the culture's month names.</summary>
    public string Date(DateOnly date) => date.ToString(Text("dateFormat"), Culture);

    /// <summary>A file size in bytes, kilobytes (from 1 KB) or megabytes with one decimal (from 1 MB), in the culture's digits.</summary>
    public string FileSize(long bytes) => bytes switch
    {
        < 1024 => Text("bytes", ("size", Number(bytes))),
        < 1024 * 1024 => Text("kilobytes", ("size", (bytes / 1024.0).ToString("0", Culture))),
        _ => Text("megabytes", ("size", (bytes / (1024.0 * 1024)).ToString("0.0", Culture))),
    };

    /// <summary>
    /// The "page X / Y" footer cut where its numbers go, for a writer that fills them with fields
    /// (Word's PAGE and NUMPAGES): texts and placeholder names (<c>page</c>, <c>pages</c>) in order.
    /// </summary>
    public IReadOnlyList<LabelPart> PageOfParts() => LabelPart.Split(Pattern("pageOf"));

    /// <summary>The "(p. 24)" pattern cut where its number goes (placeholder <c>page</c>), for a Word PAGEREF field.</summary>
    public IReadOnlyList<LabelPart> PageReferenceParts() => LabelPart.Split(Pattern("pageReference"));

    private string Number(long value) => value.ToString(Culture);

    private string Pattern(string key) => overrides.TryGetValue(key, out var custom) ? custom : patterns.GetValueOrDefault(key) ?? LabelTable.Of(LabelTable.English)[key];

    private string Text(string key, params (string Name, string Value)[] values)
    {
        var text = new StringBuilder();
        foreach (var part in LabelPart.Split(Pattern(key)))
            text.Append(part.Placeholder is null ? part.Text : values.FirstOrDefault(v => v.Name == part.Placeholder).Value ?? part.Text);
        return text.ToString();
    }

    private static CultureInfo? CultureOf(string tag)
    {
        try
        {
            return CultureInfo.GetCultureInfo(tag);
        }
        catch (CultureNotFoundException)
        {
            return null;
        }
    }
}
