package org.filo.events;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.filo.actors.KnowledgeBaseActorResolver;
import org.filo.model.Actor;
import org.filo.model.Actors;
import org.filo.model.Dct;
import org.filo.model.DctSource;
import org.filo.model.Document;
import org.filo.model.Language;
import org.filo.model.Sentence;
import org.filo.model.Span;
import org.filo.model.TextAnalysis;
import org.filo.model.Token;
import org.filo.nlp.CoreNlpDependencyParser;
import org.filo.nlp.ItalianTextAnalyzer;
import org.filo.nlp.NlpResources;
import org.filo.nlp.SentenceSplitter;
import org.filo.nlp.ner.NerModels;

/** Developer tool: prints parse, actor units and trigger readings of the sentences of a file that hold a needle. */
final class ParseDump {
    public static void main(String[] args) throws Exception {
        Path models = Path.of("models");
        String text = Files.readString(Path.of(args[0]));
        ItalianTextAnalyzer analyzer = new ItalianTextAnalyzer(NlpResources.tokenizer(models), new SentenceSplitter(200),
                NerModels.loadFast(), org.filo.nlp.MultiWordTokens.loadItalian());
        TextAnalysis a = analyzer.analyze(text, List.of(new Span(0, text.length())));
        Document doc = new Document("d", "d", null, "0", "text/plain", new Language("it", 1), null,
                new Dct(java.time.LocalDate.parse(args[1]), DctSource.MANIFEST), text, List.of(new Span(0, text.length())));
        Actors actors = KnowledgeBaseActorResolver.load(models).resolve(doc, a);
        BitSet chosen = new BitSet();
        for (int i = 0; i < a.sentences().size(); i++) {
            String s = a.sentences().get(i).span().of(text);
            for (int k = 2; k < args.length; k++) {
                if (s.contains(args[k])) {
                    chosen.set(i);
                }
            }
        }
        TextAnalysis parsed = CoreNlpDependencyParser.load(org.filo.nlp.MultiWordTokens.loadItalian()).parse(a, chosen);
        Map<String, Actor> am = new HashMap<>();
        actors.actors().forEach(x -> am.put(x.id(), x));
        actors.placeActors().forEach(x -> am.put(x.id(), x));
        EventLexicon lx = EventLexicon.load(models.resolve("events"));
        for (int i = chosen.nextSetBit(0); i >= 0; i = chosen.nextSetBit(i + 1)) {
            Sentence s = parsed.sentences().get(i);
            System.out.println("S: " + s.span().of(text));
            List<Token> toks = parsed.tokensOf(s);
            for (int k = 0; k < toks.size(); k++) {
                Token t = toks.get(k);
                System.out.println("  " + k + " " + t.text() + " " + t.pos() + " " + t.relation() + " -> "
                        + (t.head() < 0 ? -1 : t.head() - s.firstToken()));
            }
            SentenceContext ctx = new SentenceContext(s, toks, lx, actors.mentions(), actors.places(), am, List.of());
            for (ActorUnit u : ctx.units) {
                System.out.println("  unit " + u.first() + "-" + u.last() + " " + text.substring(u.start(), u.end()) + " "
                        + u.actorIds().stream().map(id -> am.get(id).name()).toList());
            }
            for (ActorUnit u : ctx.places) {
                System.out.println("  place " + u.first() + "-" + u.last() + " " + text.substring(u.start(), u.end()) + " "
                        + u.actorIds().stream().map(id -> am.get(id).name()).toList());
            }
            var hits = lx.findTriggers(ctx.norm);
            for (var h : hits) {
                Parties ps = ParticipantFinder.find(ctx, h);
                TriggerReading r = ContextReader.read(ctx, h, hits, List.of(), doc.dct());
                System.out.println("  READ event=" + r.event() + " status=" + r.status());
                System.out.println("  TRIGGER " + ctx.norm.get(h.first()) + " " + ps.subject().stream().map(id -> am.get(id).name()).toList() + " / " + ps.counterpart().stream().map(id -> am.get(id).name()).toList() + " " + ps);
            }
        }
    }
}
