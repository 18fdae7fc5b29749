namespace Itou.Export.Rendering;

/// <summary>How both writers lay out the cards of a <c>&lt;table data-view="cards"&gt;</c>: as GitBook does, in rows of three, two when there are two or four.</summary>
internal static class CardGrid
{
    public static int PerRow(int cards) => cards is 2 or 4 ? 2 : Math.Clamp(cards, 1, 3);

    /// <summary>The cards cut into rows of <see cref="PerRow"/>.</summary>
    public static IEnumerable<T[]> Rows<T>(IReadOnlyList<T> cards) => cards.Chunk(PerRow(cards.Count));
}
