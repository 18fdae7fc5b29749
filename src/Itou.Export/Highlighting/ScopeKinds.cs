using System.Collections.Concurrent;

namespace Itou.Export.Highlighting;

/// <summary>
/// TextMate scopes → <see cref="CodeKind"/>, as a light theme does it: the innermost scope that a rule
/// names decides, the longest rule prefix first (<c>keyword.operator.new</c> before <c>keyword.operator</c>
/// before <c>keyword</c>). A rule may say <see cref="CodeKind.Plain"/> to stop there (operators are
/// keywords to TextMate, not to a reader); a scope no rule names lets the outer scope decide.
/// </summary>
internal static class ScopeKinds
{
    private static readonly Dictionary<string, CodeKind> Rules = new(StringComparer.Ordinal)
    {
        ["comment"] = CodeKind.Comment,
        ["punctuation.definition.comment"] = CodeKind.Comment,
        ["string"] = CodeKind.String,
        ["punctuation.definition.string"] = CodeKind.String,
        ["markup.inline.raw"] = CodeKind.String,
        ["constant"] = CodeKind.Constant,
        ["support.constant"] = CodeKind.Constant,
        ["keyword.other.unit"] = CodeKind.Constant,
        // Shell variables ($HOME, ${name}, $1, $?) stand out from the words around them.
        ["variable.other.normal"] = CodeKind.Constant,
        ["variable.other.bracket"] = CodeKind.Constant,
        ["variable.other.special"] = CodeKind.Constant,
        ["variable.other.positional"] = CodeKind.Constant,
        ["keyword"] = CodeKind.Keyword,
        ["keyword.operator"] = CodeKind.Plain,
        ["keyword.operator.new"] = CodeKind.Keyword,
        ["keyword.operator.expression"] = CodeKind.Keyword,
        ["keyword.operator.word"] = CodeKind.Keyword,
        ["keyword.operator.logical.python"] = CodeKind.Keyword,
        ["storage"] = CodeKind.Keyword,
        // Java's imported names are "storage.modifier.import": names, not keywords.
        ["storage.modifier.import"] = CodeKind.Plain,
        ["storage.modifier.package"] = CodeKind.Plain,
        ["variable.language"] = CodeKind.Keyword,
        ["markup.heading"] = CodeKind.Keyword,
        ["entity.name.section"] = CodeKind.Keyword,
        ["entity.name.type"] = CodeKind.Type,
        ["entity.name.class"] = CodeKind.Type,
        ["entity.name.namespace"] = CodeKind.Type,
        ["entity.other.inherited-class"] = CodeKind.Type,
        ["support.type"] = CodeKind.Type,
        ["support.class"] = CodeKind.Type,
        ["support.type.property-name"] = CodeKind.Attribute,
        ["entity.other.attribute-name"] = CodeKind.Attribute,
        ["entity.name.function"] = CodeKind.Function,
        ["support.function"] = CodeKind.Function,
        ["meta.diff.range"] = CodeKind.Function,
        ["meta.diff.header"] = CodeKind.Function,
        ["entity.name.tag"] = CodeKind.Tag,
        ["markup.inserted"] = CodeKind.Inserted,
        ["markup.deleted"] = CodeKind.Deleted,
        ["markup.changed"] = CodeKind.Constant,
    };

    // Scope names repeat endlessly: each is looked up once (-1: no rule names it).
    private static readonly ConcurrentDictionary<string, int> Known = new(StringComparer.Ordinal);

    /// <summary>The kind of a token whose scopes run from the grammar's root to the innermost.</summary>
    public static CodeKind KindOf(IReadOnlyList<string> scopes)
    {
        for (var i = scopes.Count - 1; i >= 0; i--)
        {
            var kind = Known.GetOrAdd(scopes[i], Lookup);
            if (kind >= 0)
                return (CodeKind)kind;
        }
        return CodeKind.Plain;
    }

    // A scope may be several names separated by spaces ("string.json support.type.property-name.json"): the last decides first.
    private static int Lookup(string scope)
    {
        var names = scope.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var n = names.Length - 1; n >= 0; n--)
        {
            var name = names[n];
            while (name.Length > 0)
            {
                if (Rules.TryGetValue(name, out var kind))
                    return (int)kind;
                var dot = name.LastIndexOf('.');
                name = dot < 0 ? "" : name[..dot];
            }
        }
        return -1;
    }
}
