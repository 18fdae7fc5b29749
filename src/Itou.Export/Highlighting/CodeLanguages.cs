namespace Itou.Export.Highlighting;

/// <summary>
/// The languages a fence may name, GitBook's way: its names and their aliases (<c>sh</c>, <c>yml</c>,
/// <c>c#</c>…), each to the TextMate grammar that highlights it, by scope name. Names that mean
/// "no language" (<c>text</c>, <c>plain</c>…) are plain without a word said; any other is unknown.
/// </summary>
internal static class CodeLanguages
{
    private static readonly Dictionary<string, string> Scopes = Table(
        ("source.shell", ["bash", "sh", "shell", "zsh", "ksh", "shellscript", "console", "shell-session", "terminal"]),
        ("source.json", ["json", "json5", "webmanifest"]),
        ("source.json.comments", ["jsonc"]),
        ("source.yaml", ["yaml", "yml"]),
        // No TOML grammar with a known licence: INI's reads its sections, keys, strings and comments.
        ("source.ini", ["ini", "properties", "cfg", "conf", "editorconfig", "gitconfig", "dotenv", "env", "toml"]),
        ("source.js", ["javascript", "js", "mjs", "cjs", "node"]),
        ("source.js.jsx", ["jsx"]),
        ("source.ts", ["typescript", "ts", "mts", "cts"]),
        ("source.tsx", ["tsx"]),
        ("source.python", ["python", "py", "python3", "py3", "gyp"]),
        ("source.java", ["java"]),
        ("source.kotlin", ["kotlin", "kt", "kts"]),
        ("source.go", ["go", "golang"]),
        ("source.c", ["c", "h"]),
        ("source.cpp", ["cpp", "c++", "cc", "cxx", "hpp", "arduino", "ino"]),
        ("source.cs", ["csharp", "cs", "c#", "dotnet", "cake"]),
        ("source.dart", ["dart"]),
        ("source.swift", ["swift"]),
        ("source.php", ["php"]),
        ("source.ruby", ["ruby", "rb", "gemspec", "podspec", "rake"]),
        ("source.rust", ["rust", "rs"]),
        ("source.sql", ["sql", "mysql", "postgresql", "postgres", "psql", "plsql", "pgsql", "sqlite", "tsql"]),
        ("source.graphql", ["graphql", "gql"]),
        ("text.xml", ["xml", "svg", "xsd", "xsl", "xaml", "rss", "atom", "plist", "wsdl", "csproj"]),
        ("text.html.derivative", ["html", "htm", "xhtml", "markup", "vue", "svelte"]),
        ("source.css", ["css"]),
        ("source.css.scss", ["scss"]),
        ("source.css.less", ["less"]),
        ("source.dockerfile", ["dockerfile", "docker", "containerfile"]),
        ("source.makefile", ["makefile", "make", "mk"]),
        ("text.html.markdown", ["markdown", "md", "mdx"]),
        ("source.diff", ["diff", "patch"]),
        ("source.http", ["http", "https", "rest"]),
        ("source.powershell", ["powershell", "ps", "ps1", "pwsh"]),
        ("source.groovy", ["groovy", "gradle", "jenkinsfile", "nextflow"]),
        ("source.batchfile", ["bat", "batch", "cmd", "dos"]),
        ("source.lua", ["lua"]),
        ("source.perl", ["perl", "pl"]),
        ("source.r", ["r"]),
        ("source.objc", ["objective-c", "objc", "objectivec"]),
        ("source.fsharp", ["fsharp", "fs", "f#"]),
        ("source.asp.vb.net", ["vb", "vbnet", "vb.net", "vba", "vbs"]),
        ("source.clojure", ["clojure", "clj", "edn"]),
        ("source.coffee", ["coffeescript", "coffee"]),
        ("text.tex.latex", ["latex", "tex"]),
        ("source.julia", ["julia", "jl"]),
        ("source.pascal", ["pascal", "delphi"]),
        ("text.html.cshtml", ["razor", "cshtml"]),
        ("text.html.handlebars", ["handlebars", "hbs", "mustache"]),
        ("source.ignore", ["gitignore", "ignore", "dockerignore"]));

    // "No language" in GitBook's menu and in the wild. A mermaid fence inside {% code %} is code as its author framed it.
    private static readonly HashSet<string> PlainNames = new(["", "text", "txt", "plain", "plaintext", "none", "output", "raw", "log", "mermaid"], StringComparer.Ordinal);

    /// <summary>The grammar's scope name for a fence's language, or null: plain.</summary>
    public static string? ScopeOf(string? language) => Scopes.GetValueOrDefault(Normalize(language));

    /// <summary>Whether the language is one the table does not know (and not one of the plain names).</summary>
    public static bool IsUnknown(string? language)
    {
        var name = Normalize(language);
        return !Scopes.ContainsKey(name) && !PlainNames.Contains(name);
    }

    /// <summary>The name as the table holds it: lower case, without a <c>language-</c> prefix.</summary>
    public static string Normalize(string? language)
    {
        var name = (language ?? "").Trim().ToLowerInvariant();
        return name.StartsWith("language-", StringComparison.Ordinal) ? name[9..] : name;
    }

    /// <summary>Every scope name the table leads to (a test checks each has a grammar).</summary>
    public static IEnumerable<string> AllScopes => Scopes.Values.Distinct(StringComparer.Ordinal);

    private static Dictionary<string, string> Table(params (string Scope, string[] Names)[] rows) =>
        rows.SelectMany(row => row.Names.Select(name => (name, row.Scope))).ToDictionary(pair => pair.name, pair => pair.Scope, StringComparer.Ordinal);
}
