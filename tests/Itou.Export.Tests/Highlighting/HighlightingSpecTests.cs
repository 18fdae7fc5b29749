using Itou.Export.Highlighting;
using Itou.Export.Markdown;
using Itou.Export.Publishing;
using Markdig.Syntax;

namespace Itou.Export.Tests.Highlighting;

/// <summary>Code in, tokens out: what each kind of text of a language is said to be.</summary>
public sealed class HighlightingSpecTests
{
    [Theory]
    [InlineData("csharp", "public class Parcel { } // a note", "public:Keyword", "class:Keyword", "Parcel:Type", "// a note:Comment")]
    [InlineData("python", "def greet(name):\n    return \"hi\" # done", "def:Keyword", "greet:Function", "return:Keyword", "\"hi\":String", "# done:Comment")]
    [InlineData("json", "{\"port\": 8080, \"tls\": true}", "\"port\":Attribute", "8080:Constant", "true:Constant")]
    [InlineData("bash", "echo \"$HOME\" # home", "echo:Function", "$HOME:Constant", "# home:Comment")]
    [InlineData("yaml", "name: web\nreplicas: 3", "name:Tag", "web:String", "3:Constant")]
    [InlineData("kotlin", "fun main() {\n    val x = 42\n}", "fun:Keyword", "main:Function", "val:Keyword", "42:Constant")]
    [InlineData("java", "import java.util.List;\nint n = 1; /* c */", "import:Keyword", "java.util.List;:Plain", "int:Keyword", "1:Constant", "/* c */:Comment")]
    [InlineData("js", "const f = async () => await fetch('/x');", "const:Keyword", "async:Keyword", "await:Keyword", "'/x':String")]
    [InlineData("graphql", "query Users { user(id: 1) { name } }", "query:Keyword", "1:Constant")]
    [InlineData("http", "GET /users HTTP/1.1\nAccept: application/json", "GET:Keyword")]
    [InlineData("diff", "-old line\n+new line", "-old line:Deleted", "+new line:Inserted")]
    [InlineData("html", "<a href=\"/x\">go</a>", "a:Tag", "href:Attribute", "\"/x\":String")]
    [InlineData("sql", "SELECT name FROM users WHERE id = 1 -- one", "SELECT:Keyword", "FROM:Keyword", "-- one:Comment")]
    public void Tokens_say_what_the_code_is(string language, string code, params string[] expected)
    {
        var tokens = Tokens(language, code);
        foreach (var pair in expected)
        {
            var (text, kind) = (pair[..pair.LastIndexOf(':')], Enum.Parse<CodeKind>(pair[(pair.LastIndexOf(':') + 1)..]));
            // Neighbours of one kind are one token: "public class " is a keyword token holding both words.
            Assert.True(tokens.Any(t => t.Kind == kind && t.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Contains(text)
                || t.Kind == kind && t.Text.Trim() == text), $"{text} as {kind} in {Show(tokens)}");
        }
    }

    [Theory]
    [InlineData("ruby", "def hello\n  puts 'hi'\nend")]
    [InlineData("go", "package main\nfunc main() { fmt.Println(\"x\\ty\") }")]
    [InlineData("rust", "fn main() { let s = \"\t\"; }")]
    [InlineData("markdown", "# Title\n\n* item `code`")]
    [InlineData("dockerfile", "FROM alpine:3\nRUN apk add curl")]
    public void The_tokens_of_a_line_are_its_text_exactly(string language, string code)
    {
        var lines = Lines(language, code);
        Assert.Equal(code.Split('\n'), lines.Select(line => string.Concat(line.Select(t => t.Text))));
        Assert.Contains(lines.SelectMany(line => line), t => t.Kind != CodeKind.Plain);
    }

    [Fact]
    public void Every_language_of_the_issue_and_every_alias_has_a_grammar()
    {
        string[] required = ["bash", "sh", "shell", "zsh", "json", "yaml", "toml", "javascript", "js", "jsx", "typescript", "ts", "tsx",
            "python", "java", "kotlin", "go", "c", "cpp", "csharp", "dart", "swift", "php", "ruby", "rust", "sql", "graphql", "xml", "html",
            "css", "scss", "dockerfile", "makefile", "markdown", "diff", "http", "powershell", "groovy", "gradle", "properties", "ini"];
        Assert.All(required, name => Assert.NotNull(CodeLanguages.ScopeOf(name)));
        Assert.All(CodeLanguages.AllScopes, scope => Assert.True(GrammarSource.Instance.GetGrammar(scope) is not null, scope));
    }

    [Fact]
    public void Names_are_read_as_GitBook_writes_them()
    {
        Assert.Equal("source.cs", CodeLanguages.ScopeOf("C#"));
        Assert.Equal("source.shell", CodeLanguages.ScopeOf(" Bash "));
        Assert.False(CodeLanguages.IsUnknown("text"));
        Assert.True(CodeLanguages.IsUnknown("brainfuck"));
        Assert.Null(CodeLanguages.ScopeOf(""));
    }

    [Fact]
    public void An_unknown_language_is_plain_and_reported_once_at_its_first_block()
    {
        var document = Parse("```brainfuck\n+++\n```\n\ntext\n\n```brainfuck\n---\n```\n\n```Cobol\nMOVE\n```\n\n```text\nplain\n```\n");
        var diagnostics = new DiagnosticBag();
        CodeHighlights.Prepare([("page.md", document)], diagnostics, TestContext.Current.CancellationToken);
        var reported = diagnostics.Items.Where(d => d.Code == DiagnosticCodes.CodeLanguageUnknown).ToList();
        Assert.Equal(["page.md:1", "page.md:11"], reported.Select(d => $"{d.File}:{d.Line}"));
        Assert.All(reported, d => Assert.Equal(DiagnosticSeverity.Info, d.Severity));
        var first = CodeHighlights.Of(document.Descendants<FencedCodeBlock>().First());
        Assert.Equal([new CodeToken("+++", CodeKind.Plain)], first.Single());
    }

    [Fact]
    public void Prepared_blocks_are_the_ones_writers_get()
    {
        var document = Parse(string.Concat(Enumerable.Range(0, 200).Select(i => $"```python\nx = {i} # n\n```\n\n")));
        CodeHighlights.Prepare([("page.md", document)], new DiagnosticBag(), TestContext.Current.CancellationToken);
        var fences = document.Descendants<FencedCodeBlock>().ToList();
        Assert.Equal(200, fences.Count);
        Assert.All(fences.Select((fence, i) => (fence, i)), pair => Assert.Contains(CodeHighlights.Of(pair.fence).Single(),
            t => t.Text.Trim() == pair.i.ToString(System.Globalization.CultureInfo.InvariantCulture) && t.Kind == CodeKind.Constant));
        Assert.Same(CodeHighlights.Of(fences[7]), CodeHighlights.Of(fences[7]));
    }

    [Fact]
    public void A_line_too_long_to_be_worth_it_stays_plain()
    {
        var line = "{\"a\": " + string.Join(", ", Enumerable.Range(0, 600).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture))) + "}";
        var lines = Lines("json", "{\"short\": 1}\n" + line);
        Assert.Equal([new CodeToken(line, CodeKind.Plain)], lines[1]);
        Assert.Contains(lines[0], t => t.Text == "1" && t.Kind == CodeKind.Constant);
    }

    private static IReadOnlyList<IReadOnlyList<CodeToken>> Lines(string language, string code) =>
        CodeHighlights.Of(Parse($"```{language}\n{code}\n```\n").Descendants<FencedCodeBlock>().Single());

    private static List<CodeToken> Tokens(string language, string code) => [.. Lines(language, code).SelectMany(line => line)];

    private static MarkdownDocument Parse(string markdown) =>
        GitBookMarkdown.Parse(markdown, new GitBookParseContext { FilePath = "page.md", Diagnostics = new DiagnosticBag() });

    private static string Show(IEnumerable<CodeToken> tokens) => string.Join(" ", tokens.Select(t => $"[{t.Text}]{t.Kind}"));
}
