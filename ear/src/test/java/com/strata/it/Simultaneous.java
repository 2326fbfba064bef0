package com.strata.it;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/** Sends the same call from several threads released together, as many people pressing a button at once would. */
final class Simultaneous {

    private Simultaneous() {}

    interface Call {
        HttpResponse<String> send() throws Exception;
    }

    /** Every thread's answer, in no particular order. */
    static List<HttpResponse<String>> send(int times, Call call) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(times);
        CountDownLatch ready = new CountDownLatch(times);
        CountDownLatch go = new CountDownLatch(1);
        try {
            List<Future<HttpResponse<String>>> answers = new ArrayList<>();
            for (int i = 0; i < times; i++) {
                Callable<HttpResponse<String>> task = () -> {
                    ready.countDown();
                    go.await();
                    return call.send();
                };
                answers.add(threads.submit(task));
            }
            ready.await(30, TimeUnit.SECONDS);
            go.countDown();
            List<HttpResponse<String>> responses = new ArrayList<>();
            for (Future<HttpResponse<String>> answer : answers) {
                responses.add(answer.get(3, TimeUnit.MINUTES));
            }
            return responses;
        } finally {
            threads.shutdownNow();
        }
    }

    /** The answers with this status. */
    static List<HttpResponse<String>> withStatus(List<HttpResponse<String>> responses, int status) {
        return responses.stream().filter(r -> r.statusCode() == status).toList();
    }
}
