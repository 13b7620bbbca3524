package io.github.mtss.batch.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.Lists;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

/**
 * An external sort returns what an in-memory sort would, however it spills and however many runs
 * it merges at once.
 */
class ExternalSortTest {
  record Item(String key, int seq) {}

  private static final Comparator<Item> ORDER = Comparator.comparing(Item::key)
      .thenComparingInt(Item::seq);

  private static final ExternalSort.Codec<Item> CODEC = new ExternalSort.Codec<>() {
    @Override
    public void write(ExternalSort.RunWriter out, Item item) throws IOException {
      out.writeString(item.key());
      out.writeInt(item.seq());
    }

    @Override
    public Item read(ExternalSort.RunReader in) throws IOException {
      return new Item(in.readString(), in.readInt());
    }
  };

  @Test
  void itemsLargerThanTheRunBufferSurvive() throws IOException {
    Path parent = Files.createTempDirectory("external-sort-test");
    List<Item> items = List.of(new Item("b".repeat(200_000), 1), new Item("a", 2),
        new Item("c".repeat(70_000), 3), new Item("a", 0));
    List<Item> sorted = new ArrayList<>();
    try (ExternalSort<Item> sort = new ExternalSort<>(parent, ORDER, CODEC, 1)) {
      for (Item item : items) {
        sort.addAll(new ArrayList<>(List.of(item)));
      }
      sort.sorted().forEachRemaining(sorted::add);
    }
    assertThat(sorted).extracting(Item::seq).containsExactly(0, 2, 1, 3);
    assertThat(sorted.get(2)).isEqualTo(items.get(0));
    Files.delete(parent);
  }

  @Property(tries = 200)
  void sortedEqualsAnInMemorySortAndLeavesNoFile(
      @ForAll @Size(max = 60) List<@StringLength(max = 4) String> keys,
      @ForAll @IntRange(min = 1, max = 9) int runSize,
      @ForAll @IntRange(min = 1, max = 7) int batch,
      @ForAll @IntRange(min = 2, max = 5) int fanIn) throws IOException {
    List<Item> items = new ArrayList<>();
    for (int i = 0; i < keys.size(); i++) {
      items.add(new Item(keys.get(i), i));
    }
    Path parent = Files.createTempDirectory("external-sort-test");
    List<Item> sorted = new ArrayList<>();
    try (ExternalSort<Item> sort = new ExternalSort<>(parent, ORDER, CODEC, runSize, fanIn)) {
      for (List<Item> part : Lists.partition(items, batch)) {
        sort.addAll(new ArrayList<>(part));
      }
      assertThat(sort.size()).isEqualTo(items.size());
      for (Iterator<Item> it = sort.sorted(); it.hasNext(); ) {
        sorted.add(it.next());
      }
      List<Item> again = new ArrayList<>();
      sort.sorted().forEachRemaining(again::add);
      assertThat(again).as("a second pass reads the same items").isEqualTo(sorted);
    }
    List<Item> expected = new ArrayList<>(items);
    expected.sort(ORDER);
    assertThat(sorted).containsExactlyElementsOf(expected);
    try (var left = Files.list(parent)) {
      assertThat(left).as("runs are deleted on close").isEmpty();
    }
    Files.delete(parent);
  }
}
