package org.perfportal.records.ommonthly;

import jakarta.enterprise.context.ApplicationScoped;
import org.perfportal.fiscal.LinkedFigure;
import org.perfportal.fiscal.LinkedMeasure;

/** 满意度平均得分率 of the record book: the mean score of the year's satisfaction forms ÷ full points. How it is read: {@link OmYearFigures#meanSatisfaction}. */
@ApplicationScoped
public class OmMeanSatisfaction extends OmLinkedFigure {

    @Override
    public LinkedFigure figure() {
        return LinkedFigure.MEAN_SATISFACTION_SCORE;
    }

    @Override
    public LinkedMeasure measure(int year) {
        return figures().meanSatisfaction(year);
    }
}
