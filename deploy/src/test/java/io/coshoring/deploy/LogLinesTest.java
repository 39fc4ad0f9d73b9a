package io.coshoring.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.LoggingEvent;
import ch.qos.logback.core.OutputStreamAppender;
import ch.qos.logback.core.joran.spi.JoranException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The deployment's log lines: a value carrying line breaks cannot forge a line of its own. */
class LogLinesTest {

  @Test
  void aLineBreakInALoggedValueStaysOnItsLine() throws JoranException {
    LoggerContext context = new LoggerContext();
    JoranConfigurator configurator = new JoranConfigurator();
    configurator.setContext(context);
    configurator.doConfigure(getClass().getResource("/logback.xml"));
    Logger logger = context.getLogger("io.coshoring.slack");
    OutputStreamAppender<ILoggingEvent> appender =
        (OutputStreamAppender<ILoggingEvent>)
            context.getLogger(Logger.ROOT_LOGGER_NAME).getAppender("STDERR");
    PatternLayoutEncoder encoder = (PatternLayoutEncoder) appender.getEncoder();

    String line =
        encoder
            .getLayout()
            .doLayout(
                new LoggingEvent(
                    Logger.class.getName(),
                    logger,
                    Level.WARN,
                    "Slack sent {}",
                    null,
                    new Object[] {"a name\r\n12:00:00.000 ERROR forged - the bot was hacked"}));
    context.stop();

    List<String> lines = line.lines().toList();
    assertEquals(1, lines.size(), lines.toString());
    assertTrue(lines.get(0).contains("a name⏎⏎12:00:00.000 ERROR forged"), lines.get(0));
  }
}
