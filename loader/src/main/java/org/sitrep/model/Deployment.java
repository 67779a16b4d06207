package org.sitrep.model;

import java.util.List;

/**
 * Military personnel or materiel that a state or alliance sends, deploys, stations, withdraws.
 *
 * @param sender       the state or alliance that moves it
 * @param quantity     how many, as qualified by the text
 * @param unit         the counted noun as written ("soldats", "jets F-18")
 * @param category     personnel or materiel
 * @param origin       where it leaves from, or null
 * @param destinations where it goes or stands
 * @param status       done, ongoing, planned, possible or denied
 * @param evidence     the text that carries the fact
 * @param date         ISO date of the report, or null
 * @param reportedIn   the statement whose claim carries it, or null
 */
public record Deployment(Entity sender, Quantity quantity, String unit, Category category,
                         Entity origin, List<Entity> destinations, Status status, Span evidence,
                         String date, Statement reportedIn) {

    public Deployment {
        destinations = List.copyOf(destinations);
    }

    public enum Category { PERSONNEL, MATERIEL }

    public enum Status { DONE, ONGOING, PLANNED, POSSIBLE, DENIED }
}
