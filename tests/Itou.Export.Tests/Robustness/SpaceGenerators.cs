using System.Text;
using CsCheck;

namespace Itou.Export.Tests.Robustness;

/// <summary>
/// CsCheck generators for hostile and broken spaces: GitBook-dialect Markdown built from random
/// fragments (known and unknown tags, balanced or not, nested), deep nesting, huge lines, random and
/// mutated bytes, random SUMMARY.md, <c>.gitbook.yaml</c> and front matter, beside a few real assets.
/// </summary>
internal static class SpaceGenerators
{
    private static readonly string[] PagePaths = ["README.md", "page.md", "dir/README.md", "dir/sub.md", "dir/deep/leaf.md", "avec espace (1).md"];

    private static readonly string[] Targets =
    [
        "page.md", "dir/sub.md", "dir/", "../page.md", "../../../../etc/passwd", "/etc/passwd", "page.md#titre", "#ancre", "",
        "https://example.com/x", "http://127.0.0.1:1/x.png", "mailto:a@b.c", "broken-reference", "missing.md", "javascript:alert(1)",
        ".gitbook/assets/image.png", ".gitbook/assets/dessin.svg", ".gitbook/assets/bombe.png", ".gitbook/assets/externe.svg",
        "<.gitbook/assets/image.png>", ".gitbook/assets/image%20x.png", "file:///etc/passwd", "data:image/png;base64,AAAA", "\\\\server\\share\\x.png",
    ];

    private static readonly string[] KnownBlockTags =
    [
        "hint style=\"info\"", "hint style=\"danger\"", "hint style=\"bogus\"", "tabs", "tab title=\"Un\"", "stepper", "step", "columns", "column width=\"50%\"",
        "column width=\"abc\"", "updates format=\"full\"", "update date=\"2024-01-01\"", "code title=\"x.cs\" lineNumbers=\"true\"", "swagger src=\"x.yaml\" path=\"/p\" method=\"get\"",
        "openapi src=\"x.yaml\" path=\"/p\" method=\"post\"", "if condition=\"x\"", "file src=\".gitbook/assets/image.png\"", "embed url=\"https://youtu.be/x\"",
    ];

    private static readonly string[] SelfTags =
    [
        "content-ref url=\"page.md\"", "embed url=\"https://example.com\"", "file src=\"../../etc/passwd\"", "include \"page.md\"", "include \"README.md\"",
        "include \"../outside.md\"", "include \"dir/sub.md\"", "include \".gitbook/includes/part.md\"", "embed", "file", "hint", "%", "", "endhint", "endtabs", "endtab", "endstep",
    ];

    private static readonly string[] UnknownTags = ["foo", "mermaid", "raw", "endraw", "comment", "if", "else", "endif", "for x in y", "endfor", "x\u0000y", "💥"];

    private static readonly string[] Words =
    [
        "texte", "Données", "l'été", "«guillemets»", "a;b:c!d?", "emoji 🎉👩‍👩‍👧", "עברית", "العربية", "中文", "x\u200By", "\u00AD", "&amp;", "&#0;", "&#xD800;", "<b>", "</div>",
        "{{ space.vars.nom }}", "{{ missing }}", "$$x^2$$", "$a$", "[^1]", "[^1]: note", "\\", "*", "_", "**", "`", "~~", "==mark==", ":smile:", "<kbd>K</kbd>",
        "<mark>m</mark>", "<img src=\".gitbook/assets/image.png\">", "<img src=\"../../x.png\" width=\"99999999\">", "<figure><img src=\".gitbook/assets/dessin.svg\"><figcaption>c</figcaption></figure>",
        "<details><summary>s</summary>", "</details>", "<table><tr><td>", "<!--", "-->", "<script>alert(1)</script>", "\t", "\u0001", "\u001B[31m", "\uFFFE", "\uFEFF",
    ];

    /// <summary>A whole space: one to four pages, maybe a summary, a config, variables, includes and assets.</summary>
    public static Gen<SpaceCase> Space =>
        Gen.Select(Pages, OptionalFile(".gitbook.yaml", GitBookYaml), OptionalFile("SUMMARY.md", Summary), OptionalFile(".gitbook/includes/part.md", Markdown),
            OptionalFile(".gitbook/vars.yaml", Yaml), Gen.Bool,
            (pages, config, summary, include, vars, withAssets) =>
                new SpaceCase([.. pages, .. config, .. summary, .. include, .. vars, .. withAssets ? Assets : []]));

    private static Gen<(string, byte[])[]> Pages =>
        Gen.Select(Gen.OneOf(PagePaths), PageBytes, (path, bytes) => (path, bytes)).Array[1, 4];

    private static Gen<(string, byte[])[]> OptionalFile(string path, Gen<string> text) =>
        Gen.Frequency((1, Gen.Const(Array.Empty<(string, byte[])>())), (2, text.Select(t => new[] { (path, Encoding.UTF8.GetBytes(t)) })));

    /// <summary>A page's bytes: Markdown with front matter, or that Markdown mutated, or noise.</summary>
    public static Gen<byte[]> PageBytes => Gen.Frequency(
        (6, Page.Select(Encoding.UTF8.GetBytes)),
        (2, Gen.Select(Page, Mutations, (page, mutate) => mutate(Encoding.UTF8.GetBytes(page)))),
        (1, Gen.Byte.Array[0, 400]),
        (1, Extreme.Select(Encoding.UTF8.GetBytes)));

    /// <summary>A page's text: optional front matter, then Markdown.</summary>
    public static Gen<string> Page => Gen.Select(Gen.Frequency((2, Gen.Const("")), (1, FrontMatter)), Markdown, (front, body) => front + body);

    private static Gen<string> FrontMatter =>
        Gen.Select(Yaml, Gen.OneOf("---\n", ""), (yaml, close) => "---\n" + yaml + "\n" + close);

    private static Gen<string> Yaml => Gen.OneOf(
        "description: Une page", "title: T\ndescription: [a, b]", "layout:\n  title:\n    visible: false", "description: |\n  multi\n  ligne",
        "a: &x [*x]", "a: &a [1,1,1,1]\nb: &b [*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b]\nd: [*c,*c,*c,*c]", "nom: Valeur\nnested:\n  x: 1", ": : :", "\t- x", "- 1\n- 2",
        "description: {{ space.vars.x }}", "!!binary AAAA", "? complex\n: key", "---\n---", "\"unterminated", "x: 1\nx: 2", "", "null", "~");

    /// <summary>Markdown: a list of random blocks, some nested in tags, lists and quotes.</summary>
    public static Gen<string> Markdown => Block.Array[0, 12].Select(blocks => string.Join("\n\n", blocks) + "\n");

    private static Gen<string> Block => Gen.Recursive<string>((depth, block) =>
        depth >= 4 ? Leaf : Gen.Frequency(
            (8, Leaf),
            (2, Gen.Select(Gen.OneOf(KnownBlockTags), block.Array[0, 3], Gen.Int[0, 3], WrapInTag)),
            (1, Gen.Select(Gen.OneOf(UnknownTags), block.Array[0, 2], Gen.Bool, (tag, inner, closed) =>
                $"{{% {tag} %}}\n{string.Join("\n\n", inner)}\n" + (closed ? $"{{% end{tag} %}}" : ""))),
            (1, block.Select(inner => Indent(inner, "> "))),
            (1, Gen.Select(Gen.OneOf("- ", "* ", "1. ", "- [ ] "), block, (bullet, inner) => bullet + Indent(inner, new string(' ', bullet.Length)).TrimStart()))));

    // How a known tag is (mis)closed: 0 properly, 1 never, 2 twice, 3 by another tag's end.
    private static string WrapInTag(string tag, string[] inner, int closing)
    {
        var name = tag.Split(' ')[0];
        var body = $"{{% {tag} %}}\n{string.Join("\n\n", inner)}\n";
        return closing switch
        {
            0 => body + $"{{% end{name} %}}",
            1 => body,
            2 => body + $"{{% end{name} %}}\n{{% end{name} %}}",
            _ => body + "{% endtabs %}",
        };
    }

    private static Gen<string> Leaf => Gen.Frequency(
        (6, Paragraph),
        (2, Gen.Select(Gen.Int[1, 7], Inline, (level, text) => new string('#', level) + " " + text)),
        (2, Gen.Select(Gen.OneOf("```", "~~~", "````"), Gen.OneOf("", "js", "c# title=\"x\"", "mermaid", "math"), Inline, Gen.Bool,
            (fence, info, code, closed) => $"{fence}{info}\n{code}\n" + (closed ? fence : ""))),
        (1, Gen.Select(Inline.Array[1, 4], Gen.Int[0, 4], (cells, rows) =>
            "| " + string.Join(" | ", cells) + " |\n|" + string.Concat(cells.Select(_ => "---|")) + "\n" + string.Concat(Enumerable.Repeat("| " + string.Join(" | ", cells) + " |\n", rows)))),
        (2, Gen.Select(Gen.OneOf(SelfTags), tag => $"{{% {tag} %}}")),
        (1, Gen.OneOf("---", "***", "$$\n\\frac{1}{0}\n$$", "<details>\n<summary>S</summary>\n\nx\n</details>", "<div>\n\n*x*\n", "[^1]: la note\n", "  \n\t\n", "[ref]: page.md \"t\"")));

    private static Gen<string> Paragraph => Inline.Array[1, 5].Select(parts => string.Join(" ", parts));

    private static Gen<string> Inline => Gen.Frequency(
        (6, Gen.OneOf(Words)),
        (2, Gen.Select(Gen.OneOf(Words), Gen.OneOf(Targets), (text, target) => $"[{text}]({target})")),
        (2, Gen.Select(Gen.OneOf(Words), Gen.OneOf(Targets), (text, target) => $"![{text}]({target})")),
        (1, Gen.Select(Gen.OneOf(Targets), target => $"<{target}>")),
        (1, Gen.Select(Gen.OneOf("**", "*", "_", "~~", "`", "=="), Gen.OneOf(Words), (mark, text) => mark + text + mark)),
        (1, Gen.OneOf("{% kbd %}K{% endkbd %}", "{% icon name=\"x\" %}", "{% button url=\"page.md\" %}B{% endbutton %}", "<i class=\"fa-x\"></i>", "{{ space.vars.nom }}")));

    /// <summary>Pages that stress limits: deep nesting of every kind and huge lines.</summary>
    private static Gen<string> Extreme => Gen.Select(Gen.Int[50, 3_000], Gen.Int[0, 7], (count, kind) => kind switch
    {
        0 => new string('>', count) + " citation",
        1 => string.Concat(Enumerable.Range(0, count).Select(i => new string(' ', 2 * i) + "- item\n")),
        2 => string.Concat(Enumerable.Repeat("{% hint %}\n", count)) + "x\n" + string.Concat(Enumerable.Repeat("{% endhint %}\n", count)),
        3 => string.Concat(Enumerable.Repeat("{% tabs %}\n{% tab title=\"t\" %}\n", count / 10)) + "x\n",
        4 => new string('[', count) + new string(']', count) + "(x)" + new string('*', count),
        5 => string.Concat(Enumerable.Repeat("mot ", count * 40)),
        6 => new string('x', count * 100),
        _ => string.Concat(Enumerable.Repeat("<div>", count)) + "x",
    });

    private static Gen<Func<byte[], byte[]>> Mutations => Gen.Select(Gen.Int[0, 3], Gen.Int[0, int.MaxValue], Gen.Byte, (kind, at, value) => new Func<byte[], byte[]>(bytes =>
    {
        var position = bytes.Length == 0 ? 0 : at % bytes.Length;
        return kind switch
        {
            0 => [.. bytes[..position], value, .. bytes[position..]],                 // insert a byte
            1 => bytes.Length == 0 ? bytes : [.. bytes[..position], .. bytes[(position + 1)..]], // delete one
            2 => [.. bytes[..position], 0, 0xFF, 0xC3, (byte)'\r', .. bytes[position..]], // NUL, invalid UTF-8, a truncated sequence, CR
            _ => [.. bytes.Select(b => b == (byte)'\n' ? (byte)'\r' : b)],                  // old Mac line ends
        };
    }));

    private static Gen<string> Summary => Gen.Select(Gen.OneOf("# Table of contents\n", "# Summary\n", "", "## Groupe\n"), SummaryLine.Array[0, 10],
        (head, lines) => head + string.Join("\n", lines) + "\n");

    private static Gen<string> SummaryLine => Gen.Frequency(
        (5, Gen.Select(Gen.Int[0, 6], Gen.OneOf(Words), Gen.OneOf([.. PagePaths, .. Targets]), (indent, title, path) => new string(' ', indent * 2) + $"* [{title}]({path})")),
        (1, Gen.Select(Gen.OneOf(Words), title => "## " + title)),
        (1, Gen.OneOf("---", "* ", "* [](page.md)", "* [x]()", "- [x](page.md)", "\t* [x](page.md)", "1. [x](page.md)", "garbage [", "* [a](<dir/sub.md>)", "<a href=\"page.md\">x</a>")));

    private static Gen<string> GitBookYaml => Gen.Select(Gen.OneOf("", "./", "dir/", "../", "/etc", "missing/", "dir/deep/"), Gen.OneOf("", "README.md", "page.md", "../x.md"),
        Gen.OneOf("", "SUMMARY.md", "dir/SUMMARY.md", "../SUMMARY.md"), Gen.OneOf("", "redirects:\n  old: page.md\n  loop: loop", ": : :", "root: [1, 2]", "\t"),
        (root, readme, summary, extra) =>
            (root.Length > 0 ? $"root: {root}\n" : "") + "structure:\n" + (readme.Length > 0 ? $"  readme: {readme}\n" : "") + (summary.Length > 0 ? $"  summary: {summary}\n" : "") + extra);

    // Small real files, plus two hostile ones: a PNG whose header claims 50,000 × 50,000 pixels and an SVG that points outside.
    private static readonly (string, byte[])[] Assets =
    [
        (".gitbook/assets/image.png", HostileFiles.TinyPng),
        (".gitbook/assets/dessin.svg", Encoding.UTF8.GetBytes("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"40\" height=\"20\"><rect width=\"40\" height=\"20\" fill=\"#2a6\"/><text y=\"15\">Aé</text></svg>")),
        (".gitbook/assets/bombe.png", HostileFiles.PngHeader(50_000, 50_000)),
        (".gitbook/assets/externe.svg", HostileFiles.ExternalSvg),
    ];

    private static string Indent(string text, string prefix) => string.Join("\n", text.Split('\n').Select(line => prefix + line));
}
