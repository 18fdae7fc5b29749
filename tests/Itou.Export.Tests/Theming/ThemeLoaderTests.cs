using System.Text.Json;
using Itou.Export.Tests.Support;
using Itou.Export.Theming;
using Json.Schema;

namespace Itou.Export.Tests.Theming;

public sealed class ThemeLoaderTests : IDisposable
{
    private static readonly Lazy<JsonSchema> Schema = new(() => JsonSchema.FromText(File.ReadAllText(SchemaFile)));
    private static string SchemaFile => Path.Combine(TestPaths.RepoRoot, "schemas", "theme.schema.json");

    private readonly string folder = Directory.CreateTempSubdirectory("itou-theme-").FullName;

    public ThemeLoaderTests()
    {
        Directory.CreateDirectory(Path.Combine(folder, "art"));
        File.WriteAllBytes(Path.Combine(folder, "art", "logo.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\"/>"u8.ToArray());
        File.WriteAllBytes(Path.Combine(folder, "art", "font.ttf"), [0, 1, 0, 0]);
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public void The_sample_theme_loads_with_absolute_paths_to_existing_files()
    {
        var theme = ThemeLoader.Load(TestPaths.SampleTheme);

        Assert.Equal(3, theme.Logos.Count);
        Assert.All(theme.Logos, logo => Assert.True(Path.IsPathFullyQualified(logo) && File.Exists(logo), logo));
        Assert.True(File.Exists(theme.CoverImage));
        Assert.Equal(PageSize.A4, theme.PageSize);
        Assert.Equal("#000091", theme.Colors.Primary);
        Assert.Equal(new Uri("https://docs.example.org/atelier-commun/"), theme.SiteBaseUrl);
        Assert.Equal("fr-FR", theme.Language);
    }

    [Fact]
    public void The_sample_theme_validates_against_the_published_schema()
    {
        using var sample = JsonDocument.Parse(File.ReadAllText(TestPaths.SampleTheme));
        var result = Schema.Value.Evaluate(sample.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        Assert.True(result.IsValid, string.Join("; ", (result.Details ?? []).Where(d => d.Errors is not null).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}"))));
    }

    [Fact]
    public void The_embedded_schema_is_the_published_one() =>
        Assert.Equal(File.ReadAllText(SchemaFile), ThemeLoader.JsonSchema);

    [Fact]
    public void Paths_are_relative_to_the_theme_file_not_the_working_directory()
    {
        var themeFile = Write("""{ "logos": ["art/logo.svg"], "fonts": { "mono": "art/font.ttf" } }""");
        var theme = ThemeLoader.Load(themeFile);
        Assert.Equal(Path.Combine(folder, "art", "logo.svg"), Assert.Single(theme.Logos));
        Assert.Equal(Path.Combine(folder, "art", "font.ttf"), theme.Fonts.Mono);
    }

    [Fact]
    public void Fields_left_out_keep_the_default_theme()
    {
        var theme = ThemeLoader.Load(Write("""{ "colors": { "primary": "#112233" }, "margins": { "top": 30 } }"""));
        Assert.Equal("#112233", theme.Colors.Primary);
        Assert.Equal(Theme.Default.Colors.Danger, theme.Colors.Danger);
        Assert.Equal(30, theme.Margins.Top);
        Assert.Equal(Theme.Default.Margins.Left, theme.Margins.Left);
        Assert.Equal(Theme.Default.Language, theme.Language);
        Assert.Equal(PageBreaks.Section, theme.PageBreaks);
    }

    [Theory]
    [InlineData("""{ "colors": { "primary": "blue" } }""", "colors.primary", "#RRGGBB")]
    [InlineData("""{ "colors": { "info": 12 } }""", "colors.info", "#RRGGBB")]
    [InlineData("""{ "colors": "#000091" }""", "colors", "expected an object")]
    [InlineData("""{ "logos": "art/logo.svg" }""", "logos", "expected an array")]
    [InlineData("""{ "logos": ["art/logo.gif"] }""", "logos[0]", "PNG, JPEG or SVG")]
    [InlineData("""{ "logos": ["art/logo.svg", 3] }""", "logos[1]", "PNG, JPEG or SVG")]
    [InlineData("""{ "coverImage": "cover.bmp" }""", "coverImage", "PNG, JPEG or SVG")]
    [InlineData("""{ "fonts": { "regular": "art/font.woff2" } }""", "fonts.regular", "TrueType (.ttf) or OpenType (.otf)")]
    [InlineData("""{ "fonts": { "serif": "art/font.ttf" } }""", "fonts.serif", "unknown field")]
    [InlineData("""{ "pageSize": "A5" }""", "pageSize", "\"A4\" or \"Letter\"")]
    [InlineData("""{ "pageSize": "a4" }""", "pageSize", "\"A4\" or \"Letter\"")]
    [InlineData("""{ "pageBreaks": "chapter" }""", "pageBreaks", "\"section\", \"page\" or \"none\"")]
    [InlineData("""{ "pageBreaks": true }""", "pageBreaks", "\"section\", \"page\" or \"none\"")]
    [InlineData("""{ "margins": { "top": -1 } }""", "margins.top", "millimetres from 0 to 80")]
    [InlineData("""{ "margins": { "left": "20mm" } }""", "margins.left", "millimetres from 0 to 80")]
    [InlineData("""{ "siteBaseUrl": "docs.example.org" }""", "siteBaseUrl", "absolute http or https URL")]
    [InlineData("""{ "siteBaseUrl": "ftp://docs.example.org/" }""", "siteBaseUrl", "absolute http or https URL")]
    [InlineData("""{ "language": "French" }""", "language", "BCP 47")]
    [InlineData("""{ "labels": { "content": "Index" } }""", "labels.content", "did you mean \"contents\"")]
    [InlineData("""{ "labels": { "tab": 2 } }""", "labels.tab", "expected a string")]
    [InlineData("""{ "labels": "Index" }""", "labels", "expected an object")]
    [InlineData("""{ "footerText": ["a"] }""", "footerText", "expected a string")]
    [InlineData("""{ "author": null }""", "author", "expected a string")]
    [InlineData("""{ "colour": { } }""", "colour", "did you mean \"colors\"")]
    [InlineData("""[ "not", "an", "object" ]""", "(root)", "expected a JSON object")]
    public void Each_invalid_field_is_named_with_what_was_expected_and_the_schema_agrees(string json, string field, string expected)
    {
        var error = Assert.Throws<ThemeException>(() => ThemeLoader.Load(Write(json)));

        var problem = Assert.Single(error.Problems);
        Assert.Equal(field, problem.Field);
        Assert.Contains(expected, problem.Message, StringComparison.Ordinal);
        Assert.Contains($"{field}: ", error.Message, StringComparison.Ordinal);
        using var document = JsonDocument.Parse(json);
        Assert.False(Schema.Value.Evaluate(document.RootElement).IsValid, "the schema should reject it too");
    }

    [Theory]
    [InlineData("section", PageBreaks.Section)]
    [InlineData("page", PageBreaks.Page)]
    [InlineData("none", PageBreaks.None)]
    public void Page_breaks_are_read_and_the_schema_agrees(string value, PageBreaks expected)
    {
        var json = $$"""{ "pageBreaks": "{{value}}" }""";
        Assert.Equal(expected, ThemeLoader.Load(Write(json)).PageBreaks);
        using var document = JsonDocument.Parse(json);
        Assert.True(Schema.Value.Evaluate(document.RootElement).IsValid);
    }

    [Fact]
    public void Labels_replace_the_exporters_words_by_key()
    {
        var theme = ThemeLoader.Load(Write("""{ "language": "en-GB", "labels": { "contents": "In this guide", "pageOf": "{page} of {pages}" } }"""));
        Assert.Equal("en-GB", theme.Language);
        Assert.Equal("In this guide", theme.Labels["contents"]);
        Assert.Equal("{page} of {pages}", theme.Labels["pageOf"]);
    }

    [Fact]
    public void A_missing_logo_file_is_named_with_its_absolute_path()
    {
        var error = Assert.Throws<ThemeException>(() => ThemeLoader.Load(Write("""{ "logos": ["art/missing.png"] }""")));
        var problem = Assert.Single(error.Problems);
        Assert.Equal("logos[0]", problem.Field);
        Assert.Contains(Path.Combine(folder, "art", "missing.png"), problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_problem_is_reported_at_once()
    {
        var error = Assert.Throws<ThemeException>(() => ThemeLoader.Load(Write("""{ "pageSize": "A3", "colors": { "text": "black", "muted": "grey" } }""")));
        Assert.Equal(["colors.muted", "colors.text", "pageSize"], error.Problems.Select(p => p.Field).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Broken_json_gives_the_line()
    {
        var error = Assert.Throws<ThemeException>(() => ThemeLoader.Load(Write("{\n  \"language\": \"fr\"\n  \"author\": \"x\"\n}")));
        var problem = Assert.Single(error.Problems);
        Assert.Equal("line 3", problem.Field);
        Assert.Contains("expected valid JSON", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_theme_file_is_a_file_not_found() =>
        Assert.Throws<FileNotFoundException>(() => ThemeLoader.Load(Path.Combine(folder, "nope.json")));

    private string Write(string json)
    {
        var path = Path.Combine(folder, "theme.json");
        File.WriteAllText(path, json);
        return path;
    }
}
