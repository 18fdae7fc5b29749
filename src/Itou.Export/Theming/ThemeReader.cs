using System.Text.Json;
using System.Text.RegularExpressions;
using Itou.Export.Localization;

namespace Itou.Export.Theming;

/// <summary>
/// Walks a parsed theme document field by field, collecting a <see cref="ThemeProblem"/> for each bad
/// one so the user fixes them all in one go. Mirrors schemas/theme.schema.json (a test keeps them in step).
/// </summary>
internal sealed partial class ThemeReader(string baseDirectory)
{
    private static readonly string[] TopFields =
        ["$schema", "logos", "coverImage", "colors", "code", "fonts", "pageSize", "pageBreaks", "margins", "title", "headerText", "footerText", "siteBaseUrl", "language", "labels", "pageReferences", "author"];

    private static readonly string[] ImageExtensions = [".png", ".jpg", ".jpeg", ".svg"];
    private static readonly string[] FontExtensions = [".ttf", ".otf"];
    private const double MaxMargin = 80;

    private readonly List<ThemeProblem> problems = [];

    public IReadOnlyList<ThemeProblem> Problems => problems;

    public Theme Read(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            Problem("(root)", "expected a JSON object", root);
            return Theme.Default;
        }
        CheckKnownFields(root, "", TopFields);
        var theme = Theme.Default;
        if (Field(root, "logos", out var logos)) theme = theme with { Logos = ReadLogos(logos) };
        if (Field(root, "coverImage", out var cover)) theme = theme with { CoverImage = FilePath(cover, "coverImage", ImageExtensions, "a PNG, JPEG or SVG file") };
        if (Field(root, "colors", out var colors)) theme = theme with { Colors = ReadGroup(colors, "colors", ThemeFields.Colors, new ThemeColors(), Color) };
        if (Field(root, "code", out var code)) theme = theme with { Code = ReadGroup(code, "code", ThemeFields.Code, new ThemeCodeColors(), Color) };
        if (Field(root, "fonts", out var fonts)) theme = theme with { Fonts = ReadFonts(fonts) };
        if (Field(root, "margins", out var margins)) theme = theme with { Margins = ReadGroup(margins, "margins", ThemeFields.Margins, new ThemeMargins(), Margin) };
        if (Field(root, "pageSize", out var size)) theme = theme with { PageSize = ReadPageSize(size) };
        if (Field(root, "pageBreaks", out var breaks)) theme = theme with { PageBreaks = ReadPageBreaks(breaks) };
        if (Field(root, "title", out var title)) theme = theme with { Title = Text(title, "title") };
        if (Field(root, "headerText", out var header)) theme = theme with { HeaderText = Text(header, "headerText") };
        if (Field(root, "footerText", out var footer)) theme = theme with { FooterText = Text(footer, "footerText") };
        if (Field(root, "siteBaseUrl", out var site)) theme = theme with { SiteBaseUrl = ReadSiteUrl(site) };
        if (Field(root, "language", out var language)) theme = theme with { Language = ReadLanguage(language) };
        if (Field(root, "labels", out var labels)) theme = theme with { Labels = ReadLabels(labels) };
        if (Field(root, "pageReferences", out var references)) theme = theme with { PageReferences = ReadBoolean(references, "pageReferences") };
        if (Field(root, "author", out var author)) theme = theme with { Author = Text(author, "author") };
        return theme;
    }

    private static bool Field(JsonElement parent, string name, out JsonElement value) => parent.TryGetProperty(name, out value);

    private string[] ReadLogos(JsonElement logos) => ReadFiles(logos, "logos", ImageExtensions, "PNG, JPEG or SVG file");

    // The styles are single files; "fallback" is a list of them, tried in order.
    private ThemeFonts ReadFonts(JsonElement fonts)
    {
        var read = ReadGroup(fonts, "fonts", ThemeFields.Fonts, new ThemeFonts(), Font, "fallback");
        if (fonts.ValueKind == JsonValueKind.Object && Field(fonts, "fallback", out var fallback))
            read = read with { Fallback = ReadFiles(fallback, "fonts.fallback", FontExtensions, "TrueType (.ttf) or OpenType (.otf) font file") };
        return read;
    }

    private string[] ReadFiles(JsonElement list, string field, string[] extensions, string kind)
    {
        if (list.ValueKind != JsonValueKind.Array)
        {
            Problem(field, $"expected an array of {kind} paths", list);
            return [];
        }
        return [.. list.EnumerateArray()
            .Select((file, i) => FilePath(file, $"{field}[{i}]", extensions, "a " + kind))
            .OfType<string>()];
    }

    private T ReadGroup<T, TValue>(JsonElement group, string name, (string Name, Func<T, TValue, T> Set)[] fields, T defaults, Func<JsonElement, string, TValue?> read, params string[] otherFields)
    {
        if (group.ValueKind != JsonValueKind.Object)
        {
            Problem(name, $"expected an object with {string.Join(", ", fields.Select(f => f.Name).Concat(otherFields))}", group);
            return defaults;
        }
        CheckKnownFields(group, name + ".", [.. fields.Select(f => f.Name), .. otherFields]);
        var result = defaults;
        foreach (var (fieldName, set) in fields)
        {
            if (Field(group, fieldName, out var value) && read(value, $"{name}.{fieldName}") is { } parsed)
                result = set(result, parsed);
        }
        return result;
    }

    private string? Color(JsonElement value, string field)
    {
        var text = value.ValueKind == JsonValueKind.String ? value.GetString()! : null;
        if (text is not null && ColorPattern().IsMatch(text))
            return text.ToUpperInvariant();
        Problem(field, "expected a colour as \"#RRGGBB\" (e.g. \"#000091\")", value);
        return null;
    }

    private string? Font(JsonElement value, string field) => FilePath(value, field, FontExtensions, "a TrueType (.ttf) or OpenType (.otf) font file");

    private double? Margin(JsonElement value, string field)
    {
        if (value.ValueKind == JsonValueKind.Number && value.TryGetDouble(out var mm) && mm is >= 0 and <= MaxMargin)
            return mm;
        Problem(field, $"expected a number of millimetres from 0 to {MaxMargin}", value);
        return null;
    }

    private PageSize ReadPageSize(JsonElement value)
    {
        if (value.ValueKind == JsonValueKind.String && Enum.TryParse<PageSize>(value.GetString(), ignoreCase: false, out var size) && Enum.IsDefined(size))
            return size;
        Problem("pageSize", "expected \"A4\" or \"Letter\"", value);
        return Theme.Default.PageSize;
    }

    private PageBreaks ReadPageBreaks(JsonElement value)
    {
        switch (value.ValueKind == JsonValueKind.String ? value.GetString() : null)
        {
            case "section": return PageBreaks.Section;
            case "page": return PageBreaks.Page;
            case "none": return PageBreaks.None;
        }
        Problem("pageBreaks", "expected \"section\", \"page\" or \"none\"", value);
        return Theme.Default.PageBreaks;
    }

    private Uri? ReadSiteUrl(JsonElement value)
    {
        if (Text(value, "siteBaseUrl") is not { } text)
            return null;
        if (Uri.TryCreate(text, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps) && !text.Any(char.IsWhiteSpace))
            return uri;
        Problem("siteBaseUrl", "expected an absolute http or https URL (e.g. \"https://doc.example.org/\")", value);
        return null;
    }

    private string? ReadLanguage(JsonElement value)
    {
        if (Text(value, "language") is not { } text)
            return null;
        if (LanguagePattern().IsMatch(text))
            return text;
        Problem("language", "expected a BCP 47 language tag (e.g. \"fr-FR\" or \"en\")", value);
        return null;
    }

    private Dictionary<string, string> ReadLabels(JsonElement labels)
    {
        var known = LabelTable.Keys.Order(StringComparer.Ordinal).ToArray();
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        if (labels.ValueKind != JsonValueKind.Object)
        {
            Problem("labels", "expected an object of label patterns by key, e.g. { \"contents\": \"Table of contents\" }", labels);
            return result;
        }
        CheckKnownFields(labels, "labels.", known);
        foreach (var label in labels.EnumerateObject().Where(label => known.Contains(label.Name)))
        {
            if (Text(label.Value, "labels." + label.Name) is { } pattern)
                result[label.Name] = pattern;
        }
        return result;
    }

    private bool? ReadBoolean(JsonElement value, string field)
    {
        if (value.ValueKind is JsonValueKind.True or JsonValueKind.False)
            return value.GetBoolean();
        Problem(field, "expected true or false", value);
        return null;
    }

    private string? Text(JsonElement value, string field)
    {
        if (value.ValueKind == JsonValueKind.String)
            return value.GetString();
        Problem(field, "expected a string", value);
        return null;
    }

    private string? FilePath(JsonElement value, string field, string[] extensions, string expected)
    {
        if (value.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(value.GetString()))
        {
            Problem(field, $"expected the path of {expected}", value);
            return null;
        }
        var written = value.GetString()!;
        if (!extensions.Contains(Path.GetExtension(written).ToLowerInvariant()))
        {
            Problem(field, $"expected {expected} ({string.Join(", ", extensions)})", value);
            return null;
        }
        var fullPath = Path.GetFullPath(Path.Combine(baseDirectory, written));
        if (!File.Exists(fullPath))
        {
            problems.Add(new ThemeProblem(field, $"file not found: {fullPath} (paths are relative to the theme file)"));
            return null;
        }
        return fullPath;
    }

    private void CheckKnownFields(JsonElement obj, string prefix, string[] known)
    {
        foreach (var property in obj.EnumerateObject().Where(p => !known.Contains(p.Name)))
        {
            var hint = NearestName(property.Name, known);
            problems.Add(new ThemeProblem(prefix + property.Name,
                $"unknown field{(hint is null ? "" : $" (did you mean \"{hint}\"?)")}; expected one of {string.Join(", ", known.Where(k => k != "$schema"))}"));
        }
    }

    // A typo such as "colour" or "logo" gets a suggestion: the known name at edit distance 2 or less.
    private static string? NearestName(string name, string[] known) =>
        known.Select(k => (Name: k, Distance: EditDistance(name.ToLowerInvariant(), k.ToLowerInvariant())))
            .Where(k => k.Distance <= 2)
            .OrderBy(k => k.Distance)
            .Select(k => k.Name)
            .FirstOrDefault();

    private static int EditDistance(string a, string b)
    {
        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        for (var i = 1; i <= a.Length; i++)
        {
            var current = new int[b.Length + 1];
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
                current[j] = Math.Min(Math.Min(current[j - 1], previous[j]) + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            previous = current;
        }
        return previous[b.Length];
    }

    private void Problem(string field, string expected, JsonElement got) =>
        problems.Add(new ThemeProblem(field, $"{expected}, got {Shown(got)}"));

    private static string Shown(JsonElement value)
    {
        var raw = value.ValueKind == JsonValueKind.Undefined ? "nothing" : value.GetRawText();
        return raw.Length <= 60 ? raw : string.Concat(raw.AsSpan(0, 57), "...");
    }

    [GeneratedRegex("^#[0-9A-Fa-f]{6}$", RegexOptions.CultureInvariant)]
    private static partial Regex ColorPattern();

    [GeneratedRegex("^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$", RegexOptions.CultureInvariant)]
    private static partial Regex LanguagePattern();
}
