using Prasa.Blocks;

namespace Prasa.Text;

/// <summary>
/// The numbers the title model weighs for a candidate line: its shape (a headline is a few capitalised
/// words with no full stop), and where it stands relative to the first paragraph and to the date,
/// byline and lead lines that gather under a headline.
/// </summary>
public static partial class TitleFeatures
{
    public const int Count = 58;

    /// <summary>
    /// Lines that may be the headline: a few words, not already named by their wording. Lines taken for
    /// dates or list items stay in (their label is a feature): a headline may name a day, and a site's
    /// "latest" list may stand around the headline or hold it. Captions closed by their credit, the authors'
    /// names beside the byline and links to the neighbouring posts are out (see <see cref="TitleCandidates"/>),
    /// and so is a line ending in a colon, which announces what follows it ("Diese Website verwendet folgende
    /// Cookies:", "I have this in my .bashrc:"): of some 1,150 true titles of the bench sets one does.
    /// </summary>
    public static bool IsCandidate(TextPage page, int j, int firstParagraph)
    {
        var s = page.Stats[j];
        var label = page.Blocks[j].Label;
        return s.Words >= 2 && (s.Words <= 40 || s.Chars <= 100) && s.Chars <= 300 && j <= firstParagraph + 3 && !s.EndsColon
            && !page.PhotoLine[j] && !IsAltText(page, j) && !IsAddress(page.Blocks[j].Text) && (label is Label.Other or Label.Body or Label.Heading or Label.Lead or Label.Duplicate or Label.Caption or Label.Navigation
                || (label == Label.Date && s.Words >= 3 && !TitleCandidates.IsLabelledDate(page.Blocks[j].Text)) || label == Label.Recommendation)
            && !TitleCandidates.EndsInCredit(page.Blocks[j].Text) && !TitleCandidates.IsPostLink(page.Blocks[j].Text) && !TitleCandidates.NamedInByline(page, j)
            && !TitleCandidates.IsWordList(page.Blocks[j].Text) && !TitleCandidates.IsMetaLine(page.Blocks[j].Text);
    }

    /// <summary>The features that cost a search of the page (the headline's words in the text, its recurrence in longer lines).</summary>
    public const int SharedShare = 31;
    public const int SharedCount = 32;
    public const int Recurs = 36;
    public const int Echo = 43;
    public const int EchoBelow = 55;

    /// <summary>The standfirst's feature: the line restates the shorter line right above it (see RestatesLineAbove).</summary>
    public const int RestatesAbove = 57;

    /// <summary>The features <see cref="Cheap"/> leaves 0 and <see cref="Recurrence"/> fills, each in [0, 1]: read only for candidates that may win.</summary>
    public static ReadOnlySpan<int> Costly => [Recurs, Echo, EchoBelow, RestatesAbove];

    public static void Of(TextPage page, int j, int firstParagraph, ReadOnlySpan<double> score, HashSet<string> textWords, Span<double> f)
    {
        Cheap(page, j, firstParagraph, score, f);
        SharedWords(page, j, textWords, f);
        Recurrence(page, j, f);
    }

    /// <summary>Every feature but <see cref="SharedShare"/>, <see cref="SharedCount"/> and the <see cref="Costly"/> ones, which are left 0; each of those lies in [0, 1].</summary>
    public static void Cheap(TextPage page, int j, int firstParagraph, ReadOnlySpan<double> score, Span<double> f)
    {
        f.Clear();
        var s = page.Stats[j];
        var words = Math.Max(1, s.Words);
        var k = 0;
        f[k++] = 1;
        // Chinese and Japanese count a word a character (see LineStats): a headline of 30 characters is some 12 words.
        var said = SaidWords(page.Blocks[j].Text, s.Words);
        f[k++] = Math.Log(1 + said) / 4;
        f[k++] = said <= 3 ? 1 : 0;
        f[k++] = s.EndsSentence && page.Blocks[j].Text[^1] == '.' ? 1 : 0;
        f[k++] = s.EndsColon ? 1 : 0;
        f[k++] = s.Separators > 0 ? 1 : 0;
        f[k++] = page.StopShare[j];
        f[k++] = (double)s.CapWords / words;
        f[k++] = (double)s.Upper / Math.Max(1, s.Letters);
        f[k++] = s.Chars == 0 ? 0 : (double)s.Digits / s.Chars;
        f[k++] = score[j];
        var gap = firstParagraph - j;
        f[k++] = gap < 0 ? 1 : 0;
        f[k++] = Math.Log(1 + Math.Abs(gap)) / 4;
        f[k++] = gap is >= 1 and <= 3 ? 1 : 0;

        // How many other candidates stand between this line and the text: the headline is usually the nearest.
        var between = 0;
        for (var i = j + 1; i < firstParagraph && i < page.Count && between < 20; i++)
        {
            between += page.Stats[i].Words >= 3 && page.Blocks[i].Label is Label.Other or Label.Heading or Label.Navigation ? 1 : 0;
        }

        f[k++] = Math.Log(1 + between) / 3;
        var dated = false;
        var bylined = false;
        var lead = false;
        for (var i = j + 1; i <= j + 6 && i < page.Count; i++)
        {
            var l = page.Blocks[i].Label;
            dated |= l == Label.Date;
            bylined |= l == Label.Author;
            lead |= i == j + 1 && l.IsContent() && page.IsProse[i];
        }

        f[k++] = dated ? 1 : 0;
        f[k++] = bylined ? 1 : 0;
        f[k++] = lead ? 1 : 0;
        f[k++] = page.Occurrences[j] > 1 ? 1 : 0;
        f[k++] = page.Blocks[j].Label == Label.Caption ? 1 : 0;
        f[k++] = page.Blocks[j].Label.IsContent() ? 1 : 0;
        f[k++] = said == s.Words ? (page.IsProse[j] ? 1 : 0) : said >= 25 || (said >= 6 && s.SentenceEnds > 0 && s.EndsSentence) ? 1 : 0;
        f[k++] = j > 0 && page.Blocks[j - 1].Label is Label.Date or Label.Author ? 1 : 0;
        f[k++] = page.Count <= 1 ? 0 : (double)j / page.Count;
        f[k++] = said is >= 4 and <= 20 ? 1 : 0;
        f[k++] = s.SentenceEnds > 1 ? 1 : 0;
        f[k++] = j > 0 && page.Stats[j - 1].Words <= 2 ? 1 : 0;
        var near = 9;
        for (var i = Math.Max(0, j - 8); i <= j + 8 && i < page.Count; i++)
        {
            if (i != j && page.Blocks[i].Label is Label.Date or Label.Author)
            {
                near = Math.Min(near, Math.Abs(i - j));
            }
        }

        f[k++] = Math.Log(1 + near) / 3;
        var text = 0;
        for (var i = j + 1; i <= j + 3 && i < page.Count; i++)
        {
            text += page.Blocks[i].Label.IsContent() && page.IsProse[i] ? 1 : 0;
        }

        f[k++] = text / 3.0;
        f[k++] = page.Phrase[j] is not null ? 1 : 0;
        f[k++] = s.StartsUpper ? 1 : 0;

        // A headline names what the first paragraphs are about: its longer words recur in them (see SharedWords).
        k += 2;

        // A headline stands under the breadcrumb trail and over its standfirst: a longer line of the same
        // kind follows it, while a standfirst has a shorter headline-shaped line above it.
        f[k++] = j > 0 && page.Blocks[j - 1].Label == Label.Navigation ? 1 : 0;
        f[k++] = j + 1 < page.Count && IsHeadlineShaped(page, j + 1) && page.Stats[j + 1].Words > s.Words ? 1 : 0;
        f[k++] = j > 0 && IsHeadlineShaped(page, j - 1) && page.Stats[j - 1].Words < s.Words ? 1 : 0;

        // The headline recurs on its page, whole or inside longer lines (see Recurrence).
        k++;
        var line = page.Blocks[j].Text;
        // HasUrl counts an '@' too.
        f[k++] = s.HasUrl ? 1 : 0;
        f[k++] = line[^1] is ')' or ']' || line.Contains('©') ? 1 : 0;
        f[k++] = page.InRun[j] ? 1 : 0;

        // Lines above the nearest date or byline below: the headline tops that cluster.
        var above = 0;
        for (var i = j + 1; i <= j + 8 && i < page.Count; i++)
        {
            if (page.Blocks[i].Label is Label.Date or Label.Author)
            {
                break;
            }

            above += IsHeadlineShaped(page, i) ? 1 : 0;
        }

        f[k++] = above / 4.0;
        f[k++] = s.Glued > 0 ? 1 : 0;
        f[k++] = Math.Log(Math.Min(page.Occurrences[j], 4)) / 2;

        // Echoed in other short lines (see Recurrence).
        k++;

        // "Kicker: headline", the form many sites give their headline in the breadcrumb and the page title.
        f[k++] = TopicTwin.TopicEnd(line) >= 0 ? 1 : 0;

        // An image's alt text, then its caption: the same words with the credit after them.
        f[k++] = RepeatedBelow(page, j) > 0 ? 1 : 0;

        // A headline may name a day ("Konzert-Highlights im November 2022") and pass for a date line.
        f[k++] = page.Blocks[j].Label == Label.Date ? 1 : 0;
        f[k++] = page.Blocks[j].Label == Label.Recommendation ? 1 : 0;

        // A breadcrumb trail ends in the page's own headline; a menu's short items stand above and below a section name.
        f[k++] = ShortRun(page, j, -1) / 5.0;
        f[k++] = ShortRun(page, j, +1) / 5.0;

        // The nearest paragraph below, whatever the first paragraph of the page: a headline stands just over its text.
        var next = NextParagraph(page, j);
        f[k++] = Math.Log(1 + next) / 4;

        // Length against the lines around: a headline is longer than the kicker or section over it and shorter than the standfirst under it.
        f[k++] = Ratio(s.Words, Neighbour(page, j, -1));
        f[k++] = Ratio(s.Words, Neighbour(page, j, +1));

        // The same letters as a line beside it with a separator or space lost ("Nationale DemoDer 9. Juli" under
        // "Nationale Demo / Der 9. Juli"): the dump glued a kicker to the headline; the spaced copy is the headline.
        f[k++] = Twin(page, j) >= 0 ? (s.Glued > 0 ? -1 : 1) : 0;

        // A line in guillemets, closed or opened at its other end. Links to the neighbouring posts of a blog ("« Older
        // post", "Newer post →", "‹ Previous") are no candidates (see TitleCandidates.IsPostLink), so no candidate
        // here opens with an arrow or closes with one.
        f[k++] = line[0] == '«' || line[^1] == '»' ? 1 : 0;

        // Echoed by a line below it (see Recurrence).
        k++;

        // An item of a list of teasers: every second or third line is of its length, between lines of the same kinds
        // (caption, date, headline; caption, date, headline).
        f[k++] = Periodic(page, j);

        // A standfirst restates the headline right above it (see Recurrence).
        k++;
    }

    /// <summary>The largest share, over the periods 2 and 3, of the lines 1 and 2 periods away from j that look like j and stand between lines of the same labels as j's neighbours.</summary>
    private static double Periodic(TextPage page, int j)
    {
        if (j < 1 || j + 1 >= page.Count)
        {
            return 0;
        }

        var words = page.Stats[j].Words;
        var (above, below) = (page.Blocks[j - 1].Label, page.Blocks[j + 1].Label);
        var best = 0;
        for (var p = 2; p <= 3; p++)
        {
            var like = 0;
            for (var m = -2; m <= 2; m++)
            {
                var i = j + (m * p);
                if (m == 0 || i < 1 || i + 1 >= page.Count)
                {
                    continue;
                }

                var w = page.Stats[i].Words;
                like += w * 2 >= words && w <= words * 2 && page.Blocks[i - 1].Label == above && page.Blocks[i + 1].Label == below ? 1 : 0;
            }

            best = Math.Max(best, like);
        }

        return best / 4.0;
    }

    /// <summary>The words of a line as a reader counts them: ideographs and kana, which LineStats counts one a word, two and a half to a word.</summary>
    private static int SaidWords(string line, int words)
    {
        // Most lines hold none: one vectorised search tells.
        if (line.AsSpan().IndexOfAnyInRange('\u3040', '\u9fff') < 0)
        {
            return words;
        }

        var ideographs = 0;
        foreach (var c in line)
        {
            ideographs += c is (>= '\u3040' and <= '\u30ff') or (>= '\u3400' and <= '\u4dbf') or (>= '\u4e00' and <= '\u9fff') ? 1 : 0;
        }

        return ideographs == 0 ? words : words - ideographs + (int)Math.Ceiling(ideographs / 2.5);
    }

    /// <summary>How many lines of at most three words stand right above (<paramref name="step"/> -1) or below (+1) line j, up to 5.</summary>
    private static int ShortRun(TextPage page, int j, int step)
    {
        var run = 0;
        for (var i = j + step; i >= 0 && i < page.Count && run < 5 && page.Stats[i].Words <= 3; i += step)
        {
            run++;
        }

        return run;
    }

    /// <summary>Lines from j down to the next prose line of the text (up to 60).</summary>
    private static int NextParagraph(TextPage page, int j)
    {
        var next = page.NextTextParagraph(j);
        return next < 0 ? 60 : Math.Min(60, next - j);
    }

    /// <summary>The words of the nearest line above or below with two words or more (0 when none within 3 lines).</summary>
    private static int Neighbour(TextPage page, int j, int step)
    {
        for (int i = j + step, n = 0; i >= 0 && i < page.Count && n < 3; i += step, n++)
        {
            if (page.Stats[i].Words >= 2)
            {
                return page.Stats[i].Words;
            }
        }

        return 0;
    }

    /// <summary>log(words / neighbour's words), squashed into [-1, 1]; 0 without a neighbour.</summary>
    private static double Ratio(int words, int neighbour) => neighbour == 0 ? 0 : Math.Tanh(Math.Log((double)Math.Max(1, words) / neighbour));

    /// <summary>A line within two of j that holds the same letters and digits in the same order and differs in its other characters (-1 when none).</summary>
    private static int Twin(TextPage page, int j)
    {
        var line = page.Blocks[j].Text;
        for (var i = Math.Max(0, j - 2); i <= j + 2 && i < page.Count; i++)
        {
            var other = page.Blocks[i].Text;
            if (i != j && Math.Abs(other.Length - line.Length) <= 6 && other != line && SameChars.Letters(line, other))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>
    /// The line to give as the headline in place of line j: its copy beside it with the spaces and separators the
    /// dump lost in j ("Nationale DemoDer 9. Juli naht" for "Nationale Demo / Der 9. Juli naht"), else j.
    /// </summary>
    public static int Unglued(TextPage page, int j)
    {
        if (page.Stats[j].Glued == 0)
        {
            return j;
        }

        var twin = Twin(page, j);
        return twin >= 0 && page.Stats[twin].Glued < page.Stats[j].Glued ? twin : j;
    }

    /// <summary>
    /// An image's alt text: the next line repeats it and goes on with the caption's credit or more words
    /// ("Lady Starmer wears … DC" over "Lady Starmer wears … DC Stefan Rousseau/PA").
    /// </summary>
    private static bool IsAltText(TextPage page, int j) => page.Stats[j].Words >= 4 && RepeatedBelow(page, j) > 3;

    /// <summary>How many characters the next line goes on with after repeating line j whole (0 when it does not).</summary>
    private static int RepeatedBelow(TextPage page, int j)
    {
        if (j + 1 >= page.Count)
        {
            return 0;
        }

        var (line, next) = (page.Blocks[j].Text, page.Blocks[j + 1].Text);
        return next.Length > line.Length && next.StartsWith(line, StringComparison.Ordinal) ? next.Length - line.Length : 0;
    }

    /// <summary>An e-mail address or a handle alone on its line ("name@outlet.com"): an author's contact, never a headline.</summary>
    private static bool IsAddress(string line) => line.Contains('@') && !line.AsSpan().Trim().Contains(' ');

    /// <summary>Fills <see cref="SharedShare"/> and <see cref="SharedCount"/>, which <see cref="Cheap"/> leaves out.</summary>
    public static void SharedWords(TextPage page, int j, HashSet<string> textWords, Span<double> f)
    {
        // A headline names what the first paragraphs are about: its longer words recur in them.
        int longWords = 0, shared = 0;
        var known = textWords.GetAlternateLookup<ReadOnlySpan<char>>();
        var line = page.Blocks[j].Text;
        Span<char> buffer = stackalloc char[WordBuffer];
        for (var lw = new LongWords(line); lw.MoveNext();)
        {
            longWords++;
            shared += known.Contains(Lower(line.AsSpan(lw.Current), buffer)) ? 1 : 0;
        }

        f[SharedShare] = longWords == 0 ? 0 : (double)shared / longWords;
        f[SharedCount] = Math.Min(shared, 5) / 5.0;
    }

    /// <summary>Fills the <see cref="Costly"/> features, which <see cref="Cheap"/> leaves out: a look over the whole page, or a hash of two lines' words.</summary>
    public static void Recurrence(TextPage page, int j, Span<double> f)
    {
        var line = page.Blocks[j].Text;

        // The headline recurs on its page, whole or inside longer lines (share text, breadcrumbs, related lists).
        f[Recurs] = line.Length >= 12 && page.RecursInLongerLine(j, line) ? 1 : 0;
        var (share, partner) = page.Echo(j);
        f[Echo] = share;

        // The page's own title stands in the breadcrumb over the headline that restates it in other words.
        f[EchoBelow] = partner > j ? share : 0;
        f[RestatesAbove] = RestatesLineAbove(page, j) ? 1 : 0;
    }

    private static bool IsHeadlineShaped(TextPage page, int i)
    {
        var s = page.Stats[i];
        return s.Words >= 3 && s.Words <= 60 && page.Blocks[i].Label is Label.Other or Label.Heading or Label.Body or Label.Lead or Label.Caption;
    }

    /// <summary>The distinct case-blind hashes of the words <see cref="AddWords"/> adds, sorted, without making a string of each.</summary>
    public static void WordHashes(string text, List<int> hashes)
    {
        hashes.Clear();
        for (var w = new LongWords(text); w.MoveNext();)
        {
            hashes.Add(WordHash(text.AsSpan(w.Current)));
        }

        var distinct = SortDistinct(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(hashes));
        hashes.RemoveRange(distinct, hashes.Count - distinct);
    }

    /// <summary>A word hashed as WordTable hashes it (FNV-1a over the lower-cased characters).</summary>
    private static int WordHash(ReadOnlySpan<char> word)
    {
        var hash = Lexicons.WordTable.Seed;
        foreach (var ch in word)
        {
            hash = Lexicons.WordTable.Step(hash, Lexicons.InvariantLower.Of(ch));
        }

        return (int)hash;
    }

    /// <summary>Sorts the hashes and moves the distinct ones to the front; their count.</summary>
    private static int SortDistinct(Span<int> hashes)
    {
        hashes.Sort();
        var distinct = 0;
        for (var i = 0; i < hashes.Length; i++)
        {
            if (i == 0 || hashes[i] != hashes[distinct - 1])
            {
                hashes[distinct++] = hashes[i];
            }
        }

        return distinct;
    }

    /// <summary>Adds the lower-case words of four letters or more (the ones that carry a topic) to a set.</summary>
    public static void AddWords(string text, HashSet<string> words)
    {
        var adder = words.GetAlternateLookup<ReadOnlySpan<char>>();
        Span<char> buffer = stackalloc char[WordBuffer];
        for (var w = new LongWords(text); w.MoveNext();)
        {
            adder.Add(Lower(text.AsSpan(w.Current), buffer));
        }
    }

    private const int WordBuffer = 64;

    /// <summary>A word lower-cased as <see cref="string.ToLowerInvariant()"/> would, in the buffer when it fits.</summary>
    private static ReadOnlySpan<char> Lower(ReadOnlySpan<char> word, Span<char> buffer)
    {
        var into = word.Length <= buffer.Length ? buffer[..word.Length] : new char[word.Length];
        Lexicons.InvariantLower.Into(word, into);
        return into;
    }

    /// <summary>The words of four letters or digits or more, as ranges of the text, without allocating.</summary>
    private ref struct LongWords(string text)
    {
        private int _i;

        public Range Current { get; private set; }

        public bool MoveNext()
        {
            var start = -1;
            for (; _i <= text.Length; _i++)
            {
                if (_i < text.Length && char.IsLetterOrDigit(text[_i]))
                {
                    start = start < 0 ? _i : start;
                    continue;
                }

                if (start >= 0 && _i - start >= 4)
                {
                    Current = start.._i;
                    _i++;
                    return true;
                }

                start = -1;
            }

            return false;
        }
    }
}
