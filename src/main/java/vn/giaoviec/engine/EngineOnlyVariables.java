package vn.giaoviec.engine;

import java.util.Set;

/**
 * Variables of a process that only serve the engine or a form's drop-downs (timer instants, option
 * lists): {@link LeanVariableHistory} keeps no history of them. Each process declares its own.
 */
public interface EngineOnlyVariables {

    Set<String> names();
}
