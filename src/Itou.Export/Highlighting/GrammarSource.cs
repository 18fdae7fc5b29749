using System.Reflection;
using TextMateSharp.Grammars;
using TextMateSharp.Internal.Grammars.Reader;
using TextMateSharp.Internal.Types;
using TextMateSharp.Registry;
using TextMateSharp.Themes;

namespace Itou.Export.Highlighting;

/// <summary>
/// Where TextMateSharp finds a grammar by scope name: the ones this library embeds (Kotlin, GraphQL and
/// HTTP, from tm-grammars; see Grammars/tm-grammars-LICENSE.txt), else TextMateSharp.Grammars' own.
/// Every call parses a fresh grammar, so registries on several threads share one source safely.
/// </summary>
internal sealed class GrammarSource : IRegistryOptions
{
    private static readonly Dictionary<string, string> Embedded = new(StringComparer.Ordinal)
    {
        ["source.kotlin"] = "kotlin.json",
        ["source.graphql"] = "graphql.json",
        ["source.http"] = "http.json",
    };

    // Reads TextMateSharp.Grammars' table of its grammars once (a few milliseconds); read-only afterwards.
    private static readonly Lazy<RegistryOptions> Bundled = new(() => new RegistryOptions(ThemeName.LightPlus));

    /// <summary>The one source every highlighter reads from.</summary>
    public static GrammarSource Instance { get; } = new();

    public IRawGrammar? GetGrammar(string scopeName)
    {
        if (!Embedded.TryGetValue(scopeName, out var file))
            return Bundled.Value.GetGrammar(scopeName);
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Itou.Export.Highlighting.Grammars." + file)
            ?? throw new InvalidOperationException($"The grammar {file} is not embedded.");
        using var reader = new StreamReader(stream);
        return GrammarReader.ReadGrammarSync(reader);
    }

    public ICollection<string>? GetInjections(string scopeName) => null;

    // Colours come from the document's theme (CodePalette), not from a TextMate theme: any will do here.
    public IRawTheme GetTheme(string scopeName) => Bundled.Value.GetTheme(scopeName);

    public IRawTheme GetDefaultTheme() => Bundled.Value.GetDefaultTheme();
}
