using System.Text.Json;

namespace Itou.Export.Theming;

/// <summary>
/// Reads a JSON theme file (see <see cref="JsonSchema"/>, also published as <c>schemas/theme.schema.json</c>)
/// into a <see cref="Theme"/>. Fields left out keep <see cref="Theme.Default"/>'s values; paths are
/// relative to the theme file and come back absolute.
/// </summary>
public static class ThemeLoader
{
    private const string SchemaResource = "Itou.Export.Theming.theme.schema.json";

    private static readonly Lazy<string> Schema = new(ReadSchema);

    /// <summary>The JSON Schema (draft 2020-12) theme files follow; editors use it for completion and checks.</summary>
    public static string JsonSchema => Schema.Value;

    /// <summary>Reads a theme file.</summary>
    /// <param name="themeFile">Path of the JSON file; relative paths inside it are resolved against its folder.</param>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    /// <exception cref="ThemeException">The file is not a valid theme; every faulty field is named.</exception>
    public static Theme Load(string themeFile)
    {
        ArgumentException.ThrowIfNullOrEmpty(themeFile);
        var fullPath = Path.GetFullPath(themeFile);
        if (!File.Exists(fullPath))
            throw new FileNotFoundException($"Theme file not found: {themeFile}", fullPath);
        return Parse(File.ReadAllText(fullPath), Path.GetDirectoryName(fullPath)!, themeFile);
    }

    /// <summary>Reads a theme from JSON text.</summary>
    /// <param name="json">The theme, as JSON.</param>
    /// <param name="baseDirectory">The folder relative paths are resolved against.</param>
    /// <param name="sourceName">How to name the source in messages.</param>
    /// <exception cref="ThemeException">The text is not a valid theme; every faulty field is named.</exception>
    public static Theme Parse(string json, string baseDirectory, string sourceName = "theme.json")
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(baseDirectory);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        }
        catch (JsonException e)
        {
            var line = (e.LineNumber ?? 0) + 1;
            throw new ThemeException(sourceName, [new ThemeProblem($"line {line}", "expected valid JSON (" + FirstSentence(e.Message) + ")")]);
        }

        using (document)
        {
            var reader = new ThemeReader(Path.GetFullPath(baseDirectory));
            var theme = reader.Read(document.RootElement);
            if (reader.Problems.Count > 0)
                throw new ThemeException(sourceName, reader.Problems);
            return theme;
        }
    }

    // System.Text.Json appends its own path and position details after the first sentence; we give the line ourselves.
    private static string FirstSentence(string message)
    {
        var end = message.IndexOf(". ", StringComparison.Ordinal);
        return end < 0 ? message.TrimEnd('.') : message[..end];
    }

    private static string ReadSchema()
    {
        using var stream = typeof(ThemeLoader).Assembly.GetManifestResourceStream(SchemaResource)
            ?? throw new InvalidOperationException($"Embedded resource {SchemaResource} is missing from the build.");
        using var text = new StreamReader(stream);
        return text.ReadToEnd();
    }
}
