using System.Globalization;
using System.Text.RegularExpressions;
using Prasa.Blocks;

namespace Prasa.Text;

/// <summary>
/// Labels the lines of a text dump. The trained line model (<see cref="TextModel"/>) says which lines are
/// main text from language-independent signals and its neighbours' scores; the wording of a line (phrase
/// lexicons, date and byline shapes, credits) and its place (a headline after "ZOBACZ TAKŻE", captions
/// before a credit, a paragraph repeated) then name what the rest is. Every line gets a reason.
/// </summary>
public sealed partial class TextBlockClassifier
{
    private readonly TextLexicons _lexicons;
    private readonly TextModel _model;

    public TextBlockClassifier(TextLexicons? lexicons = null, TextModel? model = null)
    {
        _lexicons = lexicons ?? TextLexicons.Default;
        _model = model ?? TextModel.Default;
    }

    [GeneratedRegex(@"(\d{1,3})\s?%")]
    private static partial Regex Percent();

    /// <summary>Labels the blocks of a dump; returns what the classifier learnt about the page on the way.</summary>
    /// <param name="reasons">False when no one reads the reasons: they are then not written (the labels are the same).</param>
    public TextPage Classify(BlockDocument doc, SiteLines? corpus = null, string? site = null, bool reasons = true)
    {
        var blocks = doc.Blocks;
        var page = new TextPage(blocks, _lexicons);
        if (blocks.Count == 0)
        {
            return page;
        }

        var score = _model.Score(page);
        page.Score = score;
        var fixedLabel = new bool[blocks.Count];
        var sitePages = corpus is not null && site is not null ? corpus.Pages(site) : 0;
        var siteCounts = sitePages >= SiteLines.MinPages ? corpus!.Counts(site!, blocks) : null;
        for (var i = 0; i < blocks.Count; i++)
        {
            fixedLabel[i] = MarkByWording(page, i, score, reasons)
                || (siteCounts is not null && MarkSiteBoilerplate(page.Blocks[i], siteCounts[i], site!, sitePages, reasons));
        }

        RescueNearText(page, fixedLabel, score);
        FallBackToMainRun(page, fixedLabel);
        MarkCommentSection(page, fixedLabel);
        FallBackToSentences(page, fixedLabel);
        MarkCaptions(page, fixedLabel);
        MarkAnnouncedLines(page, fixedLabel, score);
        MarkRepeatedPairs(page, fixedLabel);
        RecipeList.Mark(page, fixedLabel);
        var title = MarkTitle(page, fixedLabel, keepCandidates: reasons);
        ListUnderHeadline.Mark(page, fixedLabel, title);
        KeepStandfirst(page, fixedLabel, title);
        MarkLead(page, title);
        return page;
    }

    /// <summary>The labels a line earns by itself; true when later steps must leave it alone.</summary>
    private bool MarkByWording(TextPage page, int i, double[] score, bool reasons)
    {
        var b = page.Blocks[i];
        var first = page.FirstSeen[i];
        if (first != i && (page.IsProse[i] || b.Text.Length >= 80) && page.Blocks[first].Label.IsContent())
        {
            b.Mark(Label.Duplicate, reasons ? $"repeats line {first + 1}" : null);
            return true;
        }

        if (page.Phrase[i] is { } p && !p.Label.IsContent())
        {
            b.Mark(p.Label, reasons ? PhraseReason(p.Label, p.Phrase, b.Text) : null);
            return true;
        }

        if (page.IsDate[i])
        {
            b.Mark(Label.Date, "date line");
            return true;
        }

        if (page.IsByline[i])
        {
            b.Mark(Label.Author, "byline");
            return true;
        }

        if (IsGluedTwice(b.Text))
        {
            b.Mark(Label.Caption, "the same words twice on one line: image alt text and caption");
            page.PhotoLine[i] = true;
            return true;
        }

        // "Sanjeev Verma/Hindustan Times/Getty Images", "© Reuters": a bare agency name ("Reuters") is as
        // often the story's signature as a credit, so only the composite forms count here.
        if (page.Stats[i].Chars <= 80 && b.Text.AsSpan().IndexOfAny('/', '|', '©') >= 0 && Metadata.CreditLine.IsCredit(b.Text))
        {
            b.Mark(Label.Credit, "photo credit");
            return true;
        }

        // "Uwe Schubert will punkten. IMAGO/Nico Herbertz", "… (Robert F. Bukaty / AP)": a caption carrying its credit.
        // Only lines that could end up as text are worth the wording scan (a few dozen phrases a line).
        if (page.Stats[i].Chars <= 300 && score[i] >= _model.Threshold * 0.6
            && (Metadata.CreditLine.HasGluedCredit(b.Text) || Metadata.CreditLine.IsCaptionByWording(b.Text)))
        {
            b.Mark(Label.Caption, "describes a photo: its credit is on the same line");
            page.PhotoLine[i] = true;
            return true;
        }

        var s = score[i];
        if (s >= _model.Threshold)
        {
            var heading = !page.IsProse[i] && !page.Stats[i].EndsSentence && page.Stats[i].Words <= 20;
            b.Mark(heading ? Label.Heading : Label.Body, null);
        }
        else if (page.Stats[i].Words <= 4 && !page.Stats[i].EndsSentence && !page.InRun[i])
        {
            b.Mark(Label.Navigation, reasons ? OtherReason(page, i, s) : null);
        }
        else
        {
            b.Mark(Label.Other, reasons ? OtherReason(page, i, s) : null);
        }

        return false;
    }

    /// <summary>A line that a good share of the site's pages carry is the site's, not the article's.</summary>
    private static bool MarkSiteBoilerplate(Block b, int count, string site, int pages, bool reasons)
    {
        if (b.Label is not (Label.Body or Label.Heading or Label.Other or Label.Navigation))
        {
            return false;
        }

        if (count < 3 || count * 10 < pages * 3)
        {
            return false;
        }

        b.Mark(Label.Navigation, reasons ? $"recurs on {Math.Min(count, pages)} of {pages} pages of {site}" : null);
        return true;
    }

    private static string PhraseReason(Label label, string phrase, string text)
    {
        var marker = phrase.TrimEnd('*', ' ', ':');
        switch (label)
        {
            case Label.Teaser:
                var rest = text.Length > marker.Length + 2 ? " followed by a headline" : "";
                return $"teaser: '{marker}'{rest}";
            case Label.Paywall:
                var m = Percent().Match(text);
                if (m.Success && int.TryParse(m.Groups[1].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var pct) && pct <= 100)
                {
                    return $"paywall notice: {pct}% of the text hidden";
                }

                return $"paywall notice: '{marker}'";
            case Label.Credit:
                return $"photo credit: '{marker}'";
            case Label.Recommendation:
                return $"recommendation list heading: '{marker}'";
            case Label.Ad:
                return $"promotion: '{marker}'";
            case Label.Tags:
                return "tag list";
            case Label.Comment:
                return "comment header";
            default:
                return $"{label.Name()}: '{marker}'";
        }
    }

    private static string OtherReason(TextPage page, int i, double score)
    {
        var s = page.Stats[i];
        var where = page.FirstProse >= 0 && i < page.FirstProse ? "before the article text"
            : page.LastProse >= 0 && i > page.LastProse ? "after the article text"
            : "among the article text";
        var what = s.Words <= 3 ? "short fragment" : page.IsProse[i] ? "text unlike its surroundings" : "not running text";
        if (page.Occurrences[i] > 1)
        {
            what += $", {page.Occurrences[i]} times on the page";
        }

        return $"{what} {where} (text score {score:0.00})";
    }

    /// <summary>Alt text and caption glued into one line: "A caption A caption".</summary>
    private static bool IsGluedTwice(string text)
    {
        if (text.Length < 21 || text.Length % 2 == 0)
        {
            return false;
        }

        var half = text.Length / 2;
        return text[half] == ' ' && text.AsSpan(0, half).SequenceEqual(text.AsSpan(half + 1));
    }

    /// <summary>
    /// When the model finds no text at all (a dump of a few lines gives it little to go on), the prose
    /// of the main run is the article.
    /// </summary>
    private static void FallBackToMainRun(TextPage page, bool[] fixedLabel)
    {
        var blocks = page.Blocks;
        if (blocks.Exists(b => b.Label.IsContent()))
        {
            return;
        }

        for (var i = 0; i < blocks.Count; i++)
        {
            if (!fixedLabel[i] && page.InRun[i] && page.IsProse[i] && page.FirstSeen[i] == i)
            {
                blocks[i].Mark(Label.Body, "prose of the main run: the model found no text on this page");
            }
        }
    }

    /// <summary>
    /// When what is kept holds hardly a sentence (the model's text was a tag cloud, or turned out to be the
    /// comments), the article is the paragraphs of several sentences the model doubted: an article of one
    /// paragraph amid hundreds of archive links scores low by its neighbours alone.
    /// </summary>
    private static void FallBackToSentences(TextPage page, bool[] fixedLabel)
    {
        var blocks = page.Blocks;
        var words = 0;
        for (var i = 0; i < blocks.Count && words < 25; i++)
        {
            if (blocks[i].Label.IsContent() && page.Stats[i].SentenceEnds > 0 && page.IsProse[i])
            {
                words += page.Stats[i].Words;
            }
        }

        if (words >= 25)
        {
            return;
        }

        for (var i = 0; i < blocks.Count; i++)
        {
            var st = page.Stats[i];
            if (!fixedLabel[i] && st.SentenceEnds >= 2 && st.Words >= 25 && page.FirstSeen[i] == i
                && blocks[i].Label is Label.Other or Label.Navigation)
            {
                blocks[i].Mark(Label.Body, "paragraph of sentences: nothing else on the page reads as running text");
            }
        }
    }

    /// <summary>
    /// A paragraph the model doubts (within reach of the threshold) is text when the nearest decided
    /// line above it, past ads and share bars, is text: jusText's "near-good" paragraphs.
    /// </summary>
    private void RescueNearText(TextPage page, bool[] fixedLabel, double[] score)
    {
        var blocks = page.Blocks;
        for (var i = 1; i < blocks.Count; i++)
        {
            if (fixedLabel[i] || blocks[i].Label.IsContent() || !page.IsProse[i] || page.Stats[i].SentenceEnds < 1 || page.Stats[i].Words < 15
                || score[i] < _model.Threshold * 0.6 || page.FirstSeen[i] != i)
            {
                continue;
            }

            if (TextAbove(page, fixedLabel, i))
            {
                blocks[i].Mark(Label.Body, null);
            }
        }

        for (var i = 1; i + 1 < blocks.Count; i++)
        {
            // A subheading: a few words without a full stop between text above and a paragraph below.
            var st = page.Stats[i];
            if (!fixedLabel[i] && !blocks[i].Label.IsContent() && st.Words is >= 2 and <= 12 && !st.EndsSentence && !st.EndsColon
                && blocks[i + 1].Label.IsContent() && page.IsProse[i + 1] && TextAbove(page, fixedLabel, i))
            {
                blocks[i].Mark(Label.Heading, null);
            }
        }
    }

    /// <summary>The nearest line above that is neither a decided boilerplate line nor a short fragment is text.</summary>
    private static bool TextAbove(TextPage page, bool[] fixedLabel, int i)
    {
        for (var j = i - 1; j >= Math.Max(0, i - 10); j--)
        {
            if (page.Blocks[j].Label.IsContent())
            {
                return true;
            }

            if (!fixedLabel[j] && page.Stats[j].Words > 4)
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>
    /// Reader comments: once three comment headers ("jane says:", "N responses to …") follow the text,
    /// everything from the first of them on is the comment section, however well written.
    /// </summary>
    private static void MarkCommentSection(TextPage page, bool[] fixedLabel)
    {
        var blocks = page.Blocks;
        int first = -1, count = 0;
        for (var i = Math.Max(0, page.FirstProse); i < blocks.Count; i++)
        {
            if (blocks[i].Label == Label.Comment)
            {
                first = first < 0 ? i : first;
                count++;
            }
        }

        if (count < 3)
        {
            return;
        }

        for (var i = first + 1; i < blocks.Count; i++)
        {
            if (!fixedLabel[i] || blocks[i].Label == Label.Duplicate)
            {
                blocks[i].Mark(Label.Comment, $"in the comment section that starts at line {first + 1}");
                fixedLabel[i] = true;
            }
        }
    }

    /// <summary>The short lines just before a photo credit describe the photo (alt text, caption).</summary>
    private void MarkCaptions(TextPage page, bool[] fixedLabel)
    {
        var blocks = page.Blocks;
        for (var i = 0; i < blocks.Count; i++)
        {
            if (blocks[i].Label != Label.Credit)
            {
                continue;
            }

            for (var j = i - 1; j >= Math.Max(0, i - 3); j--)
            {
                var b = blocks[j];
                if (b.Label == Label.Caption)
                {
                    continue;
                }

                if (fixedLabel[j] || page.Stats[j].Chars > 300 || page.Stats[j].SentenceEnds > 2)
                {
                    break;
                }

                // Above the caption next to the credit, only a short line or one the model doubts is the
                // photo's too (its alt text); a paragraph the model takes for text is the article's.
                if (j < i - 1 && page.Stats[j].Words > 12 && page.Score[j] >= _model.Threshold)
                {
                    break;
                }

                b.Mark(Label.Caption, $"describes the photo credited on line {i + 1}");
                page.PhotoLine[j] = true;
                fixedLabel[j] = true;
            }
        }

        // The photo's alt text over its caption, which repeats it with the credit glued on ("… Risiken bergen." over
        // "… Risiken bergen.dpa").
        for (var i = 1; i < blocks.Count; i++)
        {
            var above = blocks[i - 1].Text;
            if (blocks[i].Label == Label.Caption && !fixedLabel[i - 1] && above.Length >= 20 && blocks[i].Text.Length > above.Length
                && blocks[i].Text.StartsWith(above, StringComparison.Ordinal))
            {
                blocks[i - 1].Mark(Label.Caption, $"image alt text: line {i + 1} repeats it with the photo's credit");
                page.PhotoLine[i - 1] = true;
                fixedLabel[i - 1] = true;
            }
        }
    }

    /// <summary>
    /// A bare marker announces what follows: "ZOBACZ TAKŻE" the next headline, "Najczęściej czytane" the
    /// list of headlines under it, a paywall notice the prompts after it.
    /// </summary>
    private static void MarkAnnouncedLines(TextPage page, bool[] fixedLabel, double[] score)
    {
        var blocks = page.Blocks;
        var lastText = blocks.FindLastIndex(b => b.Label.IsContent());
        for (var i = 0; i < blocks.Count; i++)
        {
            var label = blocks[i].Label;
            if (label is not (Label.Teaser or Label.Recommendation or Label.Ad) || page.Phrase[i] is not { } p)
            {
                continue;
            }

            // A marker alone on its line announces what follows; a list heading may name the section ("More from Local").
            var bare = blocks[i].Text.Length <= p.Phrase.TrimEnd('*').Length + 3
                || (label == Label.Recommendation && page.Stats[i].Words <= 5 && !page.Stats[i].EndsSentence);
            // "Advertisement" inside the text stands for a removed ad; a sponsor's label after the text heads its promo.
            if (!bare || (label == Label.Ad && i < lastText))
            {
                continue;
            }

            var limit = label == Label.Recommendation ? 12 : 1;
            var marked = 0;
            for (var j = i + 1; j < blocks.Count && marked < limit; j++)
            {
                if (fixedLabel[j] && blocks[j].Label != Label.Duplicate)
                {
                    break;
                }

                if ((page.IsProse[j] && (label == Label.Ad ? page.Stats[j].Words >= 15 : page.Stats[j].Words >= 20 || page.Stats[j].SentenceEnds >= 2)) || page.Stats[j].Chars > 200)
                {
                    break;
                }

                blocks[j].Mark(label, label switch
                {
                    Label.Teaser => $"headline announced by '{blocks[i].Text}' on line {i + 1}",
                    Label.Ad => $"promoted by '{blocks[i].Text}' on line {i + 1}",
                    _ => $"in the list under '{blocks[i].Text}' (line {i + 1})",
                });
                fixedLabel[j] = true;
                marked++;
            }
        }
    }

    /// <summary>Headlines listed twice in a row (image alt text, then link text) are a recommendation list.</summary>
    private static void MarkRepeatedPairs(TextPage page, bool[] fixedLabel)
    {
        var blocks = page.Blocks;
        for (var i = 1; i < blocks.Count; i++)
        {
            if (page.FirstSeen[i] != i - 1 || fixedLabel[i])
            {
                continue;
            }

            // One pair by itself is a photo's alt text and caption; pairs in a row are a list.
            var pairBefore = i >= 3 && page.FirstSeen[i - 2] == i - 3;
            var pairAfter = i + 2 < blocks.Count && page.FirstSeen[i + 2] == i + 1;
            var label = pairBefore || pairAfter ? Label.Recommendation : Label.Caption;
            var reason = label == Label.Recommendation ? "headline listed twice, among other such pairs" : "the same line twice: image alt text and caption";
            if (!fixedLabel[i - 1])
            {
                blocks[i - 1].Mark(label, reason);
                fixedLabel[i - 1] = true;
            }

            blocks[i].Mark(label, reason);
            fixedLabel[i] = true;
        }

        for (var i = 0; i < blocks.Count; i++)
        {
            if (!fixedLabel[i] && page.FirstSeen[i] != i && (blocks[i].Label.IsContent() || blocks[page.FirstSeen[i]].Label.IsContent()))
            {
                blocks[i].Mark(Label.Duplicate, $"repeats line {page.FirstSeen[i] + 1}");
                fixedLabel[i] = true;
            }
        }
    }

    /// <summary>
    /// The headline: of the short lines up to the first paragraph, the one the title model rates highest
    /// (a few words without a full stop, near the text, with a date or byline under it).
    /// </summary>
    /// <param name="keepCandidates">Whether <see cref="TextPage.TitleCandidates"/> must hold every candidate with all its features (for training and reasons).</param>
    private int MarkTitle(TextPage page, bool[] fixedLabel, bool keepCandidates)
    {
        var blocks = page.Blocks;
        var firstParagraph = -1;
        // The first paragraph of the main run of text; a stray paragraph above it (a consent notice) is not the article's start.
        for (var pass = 0; pass < 2 && firstParagraph < 0; pass++)
        {
            for (var i = 0; i < blocks.Count; i++)
            {
                if (blocks[i].Label.IsContent() && page.IsProse[i] && (page.Stats[i].EndsSentence || page.Stats[i].Words > 30) && (pass == 1 || page.InRun[i]))
                {
                    firstParagraph = i;
                    break;
                }
            }
        }

        // A page without a paragraph of prose (a results table, a gallery) still has a headline over its
        // first text line, or over its date and byline.
        if (firstParagraph < 0)
        {
            firstParagraph = blocks.FindIndex(b => b.Label.IsContent());
        }

        if (firstParagraph < 0)
        {
            firstParagraph = blocks.FindIndex(b => b.Label is Label.Date or Label.Author);
        }

        if (firstParagraph < 0)
        {
            return -1;
        }

        firstParagraph = ArticleStart(page, firstParagraph);
        var textWords = new HashSet<string>(StringComparer.Ordinal);
        for (int i = firstParagraph, taken = 0; i < blocks.Count && taken < 4; i++)
        {
            if (blocks[i].Label.IsContent() && page.IsProse[i])
            {
                TitleFeatures.AddWords(blocks[i].Text, textWords);
                taken++;
            }
        }

        var weights = _model.TitleWeights;
        if (weights is not null && !keepCandidates)
        {
            return MarkBestTitle(page, fixedLabel, firstParagraph, textWords, weights);
        }

        var best = -1;
        var bestScore = double.MinValue;
        for (var j = 0; j < blocks.Count && j <= firstParagraph + 3; j++)
        {
            if (!IsTitleCandidate(page, fixedLabel, j, firstParagraph))
            {
                continue;
            }

            var f = new double[TitleFeatures.Count];
            TitleFeatures.Of(page, j, firstParagraph, page.Score, textWords, f);
            page.TitleCandidates.Add((j, f));
            var score = weights is null ? (j < firstParagraph ? j : -j) : TextModel.Dot(weights, f);
            if (score > bestScore)
            {
                (best, bestScore) = (j, score);
            }
        }

        if (best < 0)
        {
            return -1;
        }

        return MarkTitleLine(page, fixedLabel, best);
    }

    /// <summary>
    /// The first paragraph of the article: when prose that is no article comes first (a list of teasers with
    /// their captions, one paragraph at a time), the first of three paragraphs in a row under a date or byline.
    /// </summary>
    private static int ArticleStart(TextPage page, int firstParagraph)
    {
        if (TextRun(page, firstParagraph))
        {
            return firstParagraph;
        }

        var blocks = page.Blocks;
        for (var i = firstParagraph + 1; i < blocks.Count && i <= firstParagraph + 80; i++)
        {
            if (blocks[i].Label is Label.Date or Label.Author && TextRun(page, i + 1))
            {
                return i + 1;
            }
        }

        return firstParagraph;
    }

    /// <summary>Three lines of prose text in a row from line i.</summary>
    private static bool TextRun(TextPage page, int i)
    {
        for (var k = i; k < i + 3; k++)
        {
            if (k >= page.Count || !page.Blocks[k].Label.IsContent() || !page.IsProse[k])
            {
                return false;
            }
        }

        return true;
    }

    /// <remarks>A line whose wording names it navigation ("Udostępnij", "Wo Sie uns noch folgen können") is none.</remarks>
    private static bool IsTitleCandidate(TextPage page, bool[] fixedLabel, int j, int firstParagraph) =>
        TitleFeatures.IsCandidate(page, j, firstParagraph) && (page.FirstSeen[j] == j || page.Blocks[page.FirstSeen[j]].Label is not (Label.Title or Label.Caption))
        && !(fixedLabel[j] && page.Blocks[j].Label == Label.Navigation);

    /// <summary>Marks the title; returns the headline as the page shows it over the article, where its date, byline and standfirst stand.</summary>
    private static int MarkTitleLine(TextPage page, bool[] fixedLabel, int best)
    {
        best = TitleFeatures.Unglued(page, best);
        var title = TopicTwin.Of(page, best);
        page.Blocks[title].Mark(Label.Title, title == best ? "headline: the short line the title model rates highest"
            : $"headline: line {best + 1}, the one the title model rates highest, worded as 'Topic: headline'");
        fixedLabel[title] = true;
        if (title != best)
        {
            page.Blocks[best].Mark(Label.Other, $"the headline over the article; line {title + 1} words it as 'Topic: headline', the title");
            fixedLabel[best] = true;
        }

        return best;
    }

    /// <summary>
    /// The same choice as the loop over every candidate (the highest score, the first line of equal ones)
    /// without the costliest features (recurrence in longer lines and echoes in short ones, each a look over
    /// the page; the standfirst's words against the line above) for lines that cannot win: each costly feature
    /// lies in [0, 1], so a candidate's score lies between its other features' sum plus the negative weights of
    /// the costly ones and that sum plus their positive weights. A candidate whose lowest score beats every other's highest wins unread; otherwise
    /// candidates are scored in full from the highest bound down, until the next bound is below the best
    /// full score.
    /// </summary>
    private static int MarkBestTitle(TextPage page, bool[] fixedLabel, int firstParagraph, HashSet<string> textWords, double[] weights)
    {
        var blocks = page.Blocks;
        double up = 0, down = 0;
        foreach (var k in TitleFeatures.Costly)
        {
            up += Math.Max(0, weights[k]);
            down += Math.Min(0, weights[k]);
        }

        var lines = new List<int>();
        var features = new List<double[]>();
        var bounds = new List<double>();
        for (var j = 0; j < blocks.Count && j <= firstParagraph + 3; j++)
        {
            if (IsTitleCandidate(page, fixedLabel, j, firstParagraph))
            {
                var f = new double[TitleFeatures.Count];
                TitleFeatures.Cheap(page, j, firstParagraph, page.Score, f);
                TitleFeatures.SharedWords(page, j, textWords, f);
                lines.Add(j);
                features.Add(f);
                // Negated, so that an ascending sort puts the highest bound first.
                bounds.Add(-(TextModel.Dot(weights, f) + up));
            }
        }

        if (lines.Count == 0)
        {
            return -1;
        }

        // The order among equal bounds does not matter: ties in score go to the earlier line below.
        var order = Enumerable.Range(0, lines.Count).ToArray();
        Array.Sort(bounds.ToArray(), order);

        // The margins cover the rounding of the bounds' different order of additions.
        if (lines.Count == 1 || -bounds[order[0]] - up + down > -bounds[order[1]] + 1e-9)
        {
            return MarkTitleLine(page, fixedLabel, lines[order[0]]);
        }

        var best = -1;
        var bestScore = double.MinValue;
        foreach (var c in order)
        {
            if (best >= 0 && -bounds[c] < bestScore - 1e-9)
            {
                break;
            }

            var (j, f) = (lines[c], features[c]);
            TitleFeatures.Recurrence(page, j, f);
            var score = TextModel.Dot(weights, f);
            if (score > bestScore || (score == bestScore && j < best))
            {
                (best, bestScore) = (j, score);
            }
        }

        return MarkTitleLine(page, fixedLabel, best);
    }

    /// <summary>
    /// A paragraph of prose right under the headline, past its date, byline and photo lines, is the article's
    /// opening even when the line model doubts it: those lines and a photo part it from the body, so the model
    /// sees it among lines that are no text ("Im aktuellen Test wurden 18 verschiedene Kindersitze …"). Only a
    /// closed sentence with no word of a cookie, subscription, comment or ad notice is taken, and no breadcrumb
    /// trail or caption with its credit.
    /// </summary>
    private static void KeepStandfirst(TextPage page, bool[] fixedLabel, int title)
    {
        if (title < 0)
        {
            return;
        }

        var blocks = page.Blocks;
        for (var i = title + 1; i < blocks.Count && i <= title + 5; i++)
        {
            var label = blocks[i].Label;
            if (label is Label.Date or Label.Author or Label.Caption or Label.Credit)
            {
                continue;
            }

            if (label == Label.Other && !fixedLabel[i] && page.IsProse[i] && page.Stats[i].EndsSentence && page.Stats[i].Boiler == 0
                && !IsTrail(blocks[i].Text) && !Metadata.CreditLine.HasGluedCredit(blocks[i].Text)
                && !Metadata.CreditLine.IsCaptionByWording(blocks[i].Text))
            {
                blocks[i].Mark(Label.Body, null);
            }

            return;
        }
    }

    /// <summary>
    /// A breadcrumb trail: two guillemets or more pointing onward and none opening a quote ("Mensagens » Mensagens de
    /// Autoestima » Só quem se Ama…"), where French, German and Polish quote «so» or »so«.
    /// </summary>
    private static bool IsTrail(string line)
    {
        var span = line.AsSpan();
        return (span.Count('»') >= 2 && !span.Contains('«')) || span.Count('›') >= 2;
    }

    /// <summary>The standfirst: the first paragraph after the title when date, byline or photo lines part it from the body.</summary>
    private static void MarkLead(TextPage page, int title)
    {
        if (title < 0)
        {
            return;
        }

        var blocks = page.Blocks;
        var first = -1;
        for (var i = title + 1; i < blocks.Count; i++)
        {
            if (blocks[i].Label.IsContent())
            {
                if (first >= 0)
                {
                    return;
                }

                first = i;
                continue;
            }

            if (first >= 0 && blocks[i].Label is Label.Date or Label.Author or Label.Caption or Label.Credit)
            {
                blocks[first].Mark(Label.Lead, null);
                return;
            }
        }
    }
}
