package vn.giaoviec.bench.cluster;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/** A fresh database on the local PostgreSQL server (-Dpg, -DpgUser), dropped at the end. */
final class Database implements AutoCloseable {
    static final String SERVER = System.getProperty("pg", "jdbc:postgresql://127.0.0.1:5432/");
    static final String PG_USER = System.getProperty("pgUser", "postgres");

    final String name;
    final String url;
    private final Connection connection;

    Database(String prefix) throws SQLException {
        name = prefix + "_" + System.currentTimeMillis();
        admin("create database " + name);
        url = SERVER + name;
        connection = DriverManager.getConnection(url, PG_USER, "");
    }

    long count(String sql, Object... params) {
        try (PreparedStatement statement = prepare(sql, params); ResultSet rs = statement.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    List<List<String>> rows(String sql, Object... params) {
        try (PreparedStatement statement = prepare(sql, params); ResultSet rs = statement.executeQuery()) {
            List<List<String>> rows = new ArrayList<>();
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                List<String> row = new ArrayList<>();
                for (int c = 1; c <= columns; c++) {
                    row.add(rs.getString(c));
                }
                rows.add(row);
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    void execute(String sql, Object... params) {
        try (PreparedStatement statement = prepare(sql, params)) {
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    private PreparedStatement prepare(String sql, Object... params) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        for (int i = 0; i < params.length; i++) {
            statement.setObject(i + 1, params[i]);
        }
        return statement;
    }

    /**
     * Camunda writes LOCK_EXP_TIME_ and DUEDATE_ as "timestamp without time zone" in the JVM's zone;
     * the nodes run in Asia/Ho_Chi_Minh (Node), so "now" is their local time, whatever this JVM's zone.
     */
    static Timestamp now() {
        return Timestamp.valueOf(LocalDateTime.now(Node.ZONE));
    }

    @Override
    public void close() throws SQLException {
        connection.close();
        admin("drop database if exists " + name + " with (force)");
    }

    private static void admin(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(SERVER + "postgres", PG_USER, "");
             Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
