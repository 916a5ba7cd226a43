import { ruleTester } from '../rule-tester.js';
import { examples, rule } from './fee-statement.js';

ruleTester(rule, examples);
