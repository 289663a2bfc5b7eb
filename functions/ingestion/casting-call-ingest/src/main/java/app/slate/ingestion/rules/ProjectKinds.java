package app.slate.ingestion.rules;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/** The kind of project a post is for, from the words the trade uses; the more specific kinds are tried first. */
final class ProjectKinds {

    private static final Map<String, Pattern> KINDS = new LinkedHashMap<>();

    static {
        KINDS.put("MUSIC_VIDEO", Pattern.compile("(?iU)\\bmusic video|فيديو كليب"));
        KINDS.put("SHORT", Pattern.compile("(?iU)\\bshort film|\\bshort\\b(?= (?:film|movie))|فيلم قصير"));
        KINDS.put("SERIES", Pattern.compile("(?iU)\\b(?:tv |web |drama )?series\\b|\\btv show\\b|\\bsitcom\\b|\\bepisod(?:e|ic)\\b|مسلسل"));
        KINDS.put("COMMERCIAL", Pattern.compile("(?iU)\\bcommercials?\\b|\\badvert(?:isement)?s?\\b|\\bad campaign\\b|\\btvc\\b|\\bbrand (?:film|campaign)\\b|إعلان"));
        KINDS.put("THEATRE", Pattern.compile("(?iU)\\btheat(?:re|er)\\b|\\bstage (?:play|production)\\b|\\bmusical\\b|\\bplay\\b(?= (?:at|in|production))|مسرح"));
        KINDS.put("VOICE", Pattern.compile("(?iU)\\bvoice[- ]?over\\b|\\bvoice acting\\b|\\bdubbing\\b|\\baudiobook\\b|\\bvoice actors?\\b|دوبلاج|تعليق صوتي"));
        KINDS.put("GAME", Pattern.compile("(?iU)\\bvideo ?games?\\b|\\bgame (?:trailer|studio)\\b|\\bmotion capture\\b"));
        KINDS.put("MODELLING", Pattern.compile("(?iU)\\bmodell?ing\\b|\\bphoto ?shoot\\b|\\bfashion (?:show|shoot)\\b|\\blookbook\\b|\\brunway\\b|عارض(?:ة|ين)? أزياء"));
        KINDS.put("FILM", Pattern.compile("(?iU)\\bfeature(?: film)?\\b|\\bfilm\\b|\\bmovie\\b|فيلم"));
    }

    private ProjectKinds() {
    }

    static String of(String body) {
        return KINDS.entrySet().stream().filter(e -> e.getValue().matcher(body).find()).map(Map.Entry::getKey).findFirst().orElse("OTHER");
    }
}
